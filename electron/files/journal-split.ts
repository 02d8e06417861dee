// Where `verify` cuts a journal in two for its two threads (verify-journal.ts): the cut
// of shared/journal/cut.ts, over the file on disk.
import { open } from 'node:fs/promises';
import { CUT_FROM_BYTES, cutOffset } from '../../shared/journal/cut';

/**
 * The byte offset where the second part starts, or null when the journal is not worth
 * cutting (small, or no line break after `share` of it). `share`: the first part's share
 * of the bytes, the one the calling thread checks.
 */
export async function splitOffset(path: string, share: number, smallest = CUT_FROM_BYTES): Promise<number | null> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    return await cutOffset(
      size,
      share,
      async (position, length) => {
        const buffer = Buffer.allocUnsafe(length);
        const { bytesRead } = await file.read(buffer, 0, length, position);
        return buffer.subarray(0, bytesRead);
      },
      smallest,
    );
  } finally {
    await file.close();
  }
}
