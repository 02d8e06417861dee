// Inflates one entry of an untrusted ZIP as a stream, counting the bytes as they come
// out: past the bound, it stops at once. Inflating into a buffer of the declared size
// (inflateSync with `out`) kept decompressing the whole stream after the buffer was full,
// so a small file could keep the process busy for tens of seconds.
import { Inflate } from 'fflate';

/** Compressed bytes fed at a time: at most about 4 MB come out of one slice (DEFLATE tops out near 1 032 to 1). */
const SLICE = 4 * 1024;

/**
 * Past this ratio a part is a decompression bomb: a journal deflates about 5 to 1, PDFs
 * and spreadsheets less; a part of zeros reaches 1 000 to 1.
 */
export const MAX_COMPRESSION_RATIO = 200;
/** Small parts may compress better than any ratio (a short, repetitive XML part): below this size, no ratio applies. */
const RATIO_FREE_BYTES = 1024 * 1024;

/** Whether a part that declares `size` bytes once inflated from `compressedSize` bytes is plausible. */
export function plausibleRatio(compressedSize: number, size: number): boolean {
  return size <= Math.max(RATIO_FREE_BYTES, compressedSize * MAX_COMPRESSION_RATIO);
}

class Exceeded {}

/**
 * The raw DEFLATE stream `data` inflated, or null when it is damaged, gives more than
 * `limit` bytes (refused as soon as the count passes it), or ends short of `limit`.
 */
export function inflateExactly(data: Uint8Array, limit: number): Uint8Array<ArrayBuffer> | null {
  const output = new Uint8Array(limit);
  let written = 0;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > limit) throw new Exceeded();
    output.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let offset = 0; offset < data.length; offset += SLICE) {
      const end = Math.min(data.length, offset + SLICE);
      inflate.push(data.subarray(offset, end), end === data.length);
    }
    if (data.length === 0) inflate.push(data, true);
  } catch {
    // Exceeded, or fflate's own error on a damaged stream: either way the part is not what it says.
    return null;
  }
  return written === limit ? output : null;
}
