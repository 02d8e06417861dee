// The strings a journal's lines decode are mostly the same few (the author's name, a
// form, a product): a third of the decoding, on the bench's journal. Both hosts that read
// lines as bytes (shared/journal/byte-line.ts) remember the short ones, a few thousand at most.

const REMEMBERED_LONGEST = 64;
const REMEMBERED_MOST = 4_096;

/** `decode`, remembering what it gave for each short byte string (forgetting all at once when full). */
export function rememberingShortStrings<T>(decode: (bytes: string) => T): (bytes: string) => T {
  const remembered = new Map<string, T>();
  return (bytes) => {
    if (bytes.length > REMEMBERED_LONGEST) return decode(bytes);
    if (remembered.has(bytes)) return remembered.get(bytes) as T;
    const text = decode(bytes);
    if (remembered.size === REMEMBERED_MOST) remembered.clear();
    remembered.set(bytes, text);
    return text;
  };
}
