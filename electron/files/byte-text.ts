// Node's half of reading journal lines as bytes (shared/journal/byte-line.ts): a line's
// characters are the file's bytes (latin1), turned back into a buffer to be decoded as
// UTF-8 or hashed. Native both ways, with one buffer reused from line to line.
import * as crypto from 'node:crypto';
import type { ByteText } from '../../shared/journal/byte-line';

let scratch = Buffer.allocUnsafe(1 << 16);

/** The bytes a byte string stands for, in a buffer valid until the next call. */
function bytesOf(text: string): Buffer {
  if (text.length > scratch.length) scratch = Buffer.allocUnsafe(text.length * 2);
  const written = scratch.write(text, 0, 'latin1');
  return scratch.subarray(0, written);
}

/**
 * The strings a journal decodes are mostly the same few (the author's name, a form, a
 * product): short ones are remembered, a few thousand at most. A third of the decoding,
 * on the bench's journal.
 */
const REMEMBERED_LONGEST = 64;
const REMEMBERED_MOST = 4_096;
const remembered = new Map<string, string>();

function decode(bytes: string): string {
  if (bytes.length > REMEMBERED_LONGEST) return bytesOf(bytes).toString('utf8');
  let text = remembered.get(bytes);
  if (text === undefined) {
    text = bytesOf(bytes).toString('utf8');
    if (remembered.size === REMEMBERED_MOST) remembered.clear();
    remembered.set(bytes, text);
  }
  return text;
}

export const nodeByteText: ByteText = {
  decode,
  // Node's one-shot hash (from 20.12) makes no Hash object per line.
  sha256:
    typeof crypto.hash === 'function'
      ? (bytes) => crypto.hash('sha256', bytesOf(bytes), 'hex')
      : (bytes) => crypto.createHash('sha256').update(bytes, 'latin1').digest('hex'),
};
