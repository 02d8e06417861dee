// The lines of a text file, read in large blocks and cut where the bytes say: the journal
// reader's way through a file of a million lines. Node's `readline` cost a sixth of a
// verification (a stream, a decoder and a regular expression per block); this reads
// blocks of 1 MiB and decodes each run of whole lines at once.
//
// Lines are cut as `readline` cuts them (shared/journal/file-text.ts). A line break
// never falls inside a UTF-8 sequence (no byte of one is 0x0A or 0x0D): each run of
// whole lines decodes alone, and a byte that is not UTF-8 becomes U+FFFD as a
// stream decoder would make it.
//
// A caller that reads journal lines as their bytes (shared/journal/byte-line.ts) is handed
// each run of valid UTF-8 undecoded, one character per byte: Node copies those bytes
// into a string without decoding them, several times faster.
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { linesOfRun } from '../../shared/journal/file-text';

const BLOCK = 1 << 20;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * The lines of the file's bytes before `end` (all of them without it), without their line
 * breaks, a block's worth at a time: one await per block, not per line. `blockBytes`:
 * the size of a read (the tests make it small, to cut lines and characters across blocks).
 * `start`: the offset of a line's first byte, where reading begins (the second thread of
 * `verify` reads the journal's second part).
 */
export async function* fileLines(path: string, end?: number, blockBytes = BLOCK, start = 0): AsyncGenerator<string[]> {
  for await (const run of lineRuns(path, end, blockBytes, start, false)) yield run.lines;
}

/** A run of whole lines, decoded or not. */
export interface LineRun {
  lines: string[];
  /** The lines are the file's bytes, undecoded (latin1 strings of valid UTF-8). */
  bytes: boolean;
}

/**
 * The lines of fileLines, each run that is valid UTF-8 handed as its bytes; a run that is
 * not is decoded, as fileLines decodes it (its lines then name what a reader of text names).
 */
export async function* fileByteLines(path: string, end?: number, blockBytes = BLOCK, start = 0): AsyncGenerator<LineRun> {
  yield* lineRuns(path, end, blockBytes, start, true);
}

async function* lineRuns(path: string, end: number | undefined, blockBytes: number, start: number, asBytes: boolean): AsyncGenerator<LineRun> {
  const file = await open(path, 'r');
  try {
    // One buffer for the whole file (a fresh megabyte per block kept the garbage collector
    // busy and the process large): the bytes of an unfinished line move to its start, and
    // the next block is read after them. It doubles only for a line longer than itself.
    let buffer = Buffer.allocUnsafe(blockBytes);
    let carried = 0;
    let position = start;
    // A "\r" that ended the last run: the "\n" that may open the next belongs to it.
    let afterReturn = false;
    for (;;) {
      if (carried === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      const room = buffer.length - carried;
      const wanted = end === undefined ? room : Math.min(room, end - position);
      const { bytesRead } = wanted > 0 ? await file.read(buffer, carried, wanted, position) : { bytesRead: 0 };
      position += bytesRead;
      const length = carried + bytesRead;
      const done = bytesRead === 0;
      // Up to the last line break of the run; the rest waits for the next block, or is the last line.
      const cut = done ? length : lastBreak(buffer, length) + 1;
      if (cut > 0) {
        // Line breaks are ASCII: a run cut at one is valid UTF-8 if each of its lines is.
        const bytes = asBytes && isUtf8(buffer.subarray(0, cut));
        const lines = linesOfRun(buffer.toString(bytes ? 'latin1' : 'utf8', 0, cut), afterReturn);
        afterReturn = !done && buffer[cut - 1] === RETURN;
        if (lines.length > 0) yield { lines, bytes };
      }
      buffer.copy(buffer, 0, cut, length);
      carried = length - cut;
      if (done) return;
    }
  } finally {
    await file.close();
  }
}

function lastBreak(bytes: Buffer, length: number): number {
  if (length === 0) return -1;
  return Math.max(bytes.lastIndexOf(NEWLINE, length - 1), bytes.lastIndexOf(RETURN, length - 1));
}
