// The strings a journal's lines decode are mostly the same few (the author's name, a
// form, a product): a third of the decoding, on the bench's journal. Both hosts that read
// lines as bytes (shared/journal/byte-line.ts) remember the short ones, a few thousand
// at most.

const REMEMBERED_LONGEST = 64;
const REMEMBERED_MOST = 4_096;

/** `decode`, remembering what it gave for each short byte string (forgetting all at once when full). */
export function rememberingShortStrings(decode: (bytes: string) => string): (bytes: string) => string {
  const remembered = new Map<string, string>();
  return (bytes) => {
    if (bytes.length > REMEMBERED_LONGEST) return decode(bytes);
    let text = remembered.get(bytes);
    if (text !== undefined) return text;
    text = decode(bytes);
    if (remembered.size === REMEMBERED_MOST) remembered.clear();
    remembered.set(bytes, text);
    return text;
  };
}
