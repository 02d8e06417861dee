// Where a journal is cut in two, for two threads that each check one part (the command
// line's `verify`, the verifier page): the start of the first line at or after a share of
// the file's bytes. Lines are cut at "\n": the cut falls just after one, so both parts
// read whole lines and the second part's first line is the one after the cut, whatever
// came before ("\r\n" too). Pure: the caller reads the file, from disk or from a Blob.
import type { JournalBreak, JournalVerdict } from './read';

/** Journals smaller than this are read by one thread: starting another costs more than it saves. */
export const CUT_FROM_BYTES = 1 << 20;

const LOOK_AHEAD = 1 << 16;
const LINE_FEED = 0x0a;

/** Where a journal is cut: the tests cut small journals, anywhere. */
export interface JournalCut {
  share?: number;
  smallest?: number;
}

/** Reads up to `length` bytes at `position`: fewer at the end of the file. */
export type ReadAt = (position: number, length: number) => Promise<Uint8Array>;

/**
 * The byte offset where the second part starts, or null when the journal is not worth
 * cutting (smaller than `smallest`, or no line break after `share` of it). `share`: the
 * first part's share of the bytes.
 */
export async function cutOffset(size: number, share: number, readAt: ReadAt, smallest = CUT_FROM_BYTES): Promise<number | null> {
  if (size < smallest || size === 0) return null;
  // From the byte before the share: a line that starts exactly there is the second part's first.
  for (let position = Math.max(0, Math.floor(size * share) - 1); position < size; position += LOOK_AHEAD) {
    const bytes = await readAt(position, LOOK_AHEAD);
    const newline = bytes.indexOf(LINE_FEED);
    // A cut at the very end leaves nothing to the second part: not worth it.
    if (newline !== -1) return position + newline + 1 < size ? position + newline + 1 : null;
    if (bytes.byteLength === 0) break;
  }
  return null;
}

/**
 * The first part's verdict when it decides the journal's: a fault found there comes
 * before anything the second part holds. Null otherwise, and for a first part of blank
 * lines only, which is not an empty journal: the other part's reader says what follows them.
 */
export function firstPartFault(first: JournalVerdict): JournalBreak | null {
  return first.ok || first.reason === 'empty' ? null : first;
}
