// Node's half of reading journal lines as bytes (shared/journal/byte-line.ts): a line's
// characters are the file's bytes (latin1), turned back into a buffer to be decoded as
// UTF-8 or hashed. Native both ways, with one buffer reused from line to line.
import * as crypto from 'node:crypto';
import type { ByteText } from '../../shared/journal/byte-line';
import { rememberingShortStrings } from '../../shared/journal/remembered-strings';

let scratch = Buffer.allocUnsafe(1 << 16);

/** The bytes a byte string stands for, in a buffer valid until the next call. */
function bytesOf(text: string): Buffer {
  if (text.length > scratch.length) scratch = Buffer.allocUnsafe(text.length * 2);
  const written = scratch.write(text, 0, 'latin1');
  return scratch.subarray(0, written);
}

function decodeUtf8(bytes: string): string {
  return bytesOf(bytes).toString('utf8');
}

export const nodeByteText: ByteText = {
  decode: rememberingShortStrings(decodeUtf8),
  // Node's one-shot hash (from 20.12) makes no Hash object per line.
  sha256:
    typeof crypto.hash === 'function'
      ? (bytes) => crypto.hash('sha256', bytesOf(bytes), 'hex')
      : (bytes) => crypto.createHash('sha256').update(bytes, 'latin1').digest('hex'),
};
