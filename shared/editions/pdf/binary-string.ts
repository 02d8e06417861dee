// jsPDF holds files and streams as "binary strings": one character per byte.

/** Bytes per call of `fromCharCode`: well under the engines' limit on a call's arguments. */
const SLICE = 0x8000;

/**
 * One character per byte. Each slice is passed to `fromCharCode` as an array-like
 * (`apply`), not spread: spreading a typed array walks its iterator, five times slower
 * on a 700 kB font.
 */
export function binaryString(bytes: Uint8Array): string {
  const slices: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += SLICE) {
    slices.push(String.fromCharCode.apply(null, bytes.subarray(offset, offset + SLICE) as unknown as number[]));
  }
  return slices.join('');
}
