// The verifier page's half of reading journal lines as bytes (shared/journal/byte-line.ts),
// with what every browser has: a byte string (one character per byte) is copied back into
// bytes to be decoded by TextDecoder. No hash of the bytes: the page cannot check they
// are UTF-8 beforehand, and copying them back costs more, one character at a time, than
// the native encoding of the decoded text; the reader hashes the decoded event.
import type { ByteText } from '../../shared/journal/byte-line';
import { rememberingShortStrings } from '../../shared/journal/remembered-strings';

// A byte order mark inside a string is a character of it: the decoder keeps it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

let scratch = new Uint8Array(1 << 12);

/** The bytes a byte string stands for, in a buffer valid until the next call. */
function bytesOf(byteString: string): Uint8Array {
  const length = byteString.length;
  if (length > scratch.length) scratch = new Uint8Array(length * 2);
  for (let at = 0; at < length; at += 1) scratch[at] = byteString.charCodeAt(at);
  return scratch.subarray(0, length);
}

export const browserByteText: ByteText = {
  decode: rememberingShortStrings((bytes) => decoder.decode(bytesOf(bytes))),
};
