// Where `verify` cuts a journal in two for its two threads (verify-journal.ts): the start
// of the first line at or after a given share of the file's bytes. Lines are cut at "\n"
// (file-lines.ts): the cut falls just after one, so both parts read whole lines and the
// second part's first line is the one after the cut, whatever came before ("\r\n" too).
import { open } from 'node:fs/promises';

/** Journals smaller than this are read by one thread: starting another costs more than it saves. */
export const SPLIT_FROM_BYTES = 1 << 20;

const LOOK_AHEAD = 1 << 16;

/**
 * The byte offset where the second part starts, or null when the journal is not worth
 * cutting (small, or no line break after `share` of it). `share`: the first part's share
 * of the bytes, the one the calling thread checks.
 */
export async function splitOffset(path: string, share: number, smallest = SPLIT_FROM_BYTES): Promise<number | null> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size < smallest || size === 0) return null;
    const buffer = Buffer.allocUnsafe(LOOK_AHEAD);
    // From the byte before the share: a line that starts exactly there is the second part's first.
    for (let position = Math.max(0, Math.floor(size * share) - 1); position < size; position += LOOK_AHEAD) {
      const { bytesRead } = await file.read(buffer, 0, LOOK_AHEAD, position);
      const newline = buffer.subarray(0, bytesRead).indexOf(0x0a);
      // A cut at the very end leaves nothing to the second thread: not worth it.
      if (newline !== -1) return position + newline + 1 < size ? position + newline + 1 : null;
      if (bytesRead === 0) break;
    }
    return null;
  } finally {
    await file.close();
  }
}
