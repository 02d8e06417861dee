// Streams a .journal.jsonl file line by line through the journal reader: memory stays
// flat whatever the length of the register, and reading stops at the first break.
import { createJournalReader, type EventListener, type JournalVerdict, type ReaderChecks } from '../../shared/journal/read';
import { errorCode } from './file-errors';
import { fileByteLines } from './file-lines';
import { withoutByteOrderMark } from '../../shared/journal/file-text';
import { nodeByteText } from './byte-text';

/** The file could not be read at all (missing, a folder, no permission…). */
export class UnreadableJournalError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`Journal illisible (${code}) : ${path}`);
    this.name = 'UnreadableJournalError';
  }
}

/**
 * How a reader shares a journal with another thread (verify-journal.ts): the checks it
 * makes, and the line past which reading is useless because the other thread already
 * found a fault there (asked again between lines, as it may learn of it at any moment).
 */
export interface SharedReading {
  checks?: ReaderChecks;
  stopAfterLine?: () => number;
}

/**
 * The file's runs of lines, a failure to read them named as the file's (UnreadableJournalError):
 * a failure of the caller's own while it handles a run (a reader, a listener) stays what it
 * is, and is not passed off as a medium that cannot be read.
 */
export async function* fileRuns<Run>(path: string, runs: AsyncIterable<Run>): AsyncGenerator<Run> {
  const iterator = runs[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Run>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw new UnreadableJournalError(path, errorCode(error));
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // Stopped early (a break, the first fault): the file is closed.
    await iterator.return?.();
  }
}

/**
 * Verifies the chain while reading; `onEvent` sees each event once it is proven genuine.
 * `end`: read only the bytes before it (the reserve stops before a torn last line).
 */
export async function readJournal(path: string, onEvent?: EventListener, end?: number, { checks, stopAfterLine }: SharedReading = {}): Promise<JournalVerdict> {
  const reader = createJournalReader(onEvent, undefined, { ...checks, byteText: nodeByteText });
  let first = true;
  let lineNumber = 0;
  reading: for await (const { lines, bytes } of fileRuns(path, fileByteLines(path, end))) {
    for (const raw of lines) {
      lineNumber += 1;
      if (stopAfterLine && lineNumber > stopAfterLine()) break reading;
      const text = first ? withoutByteOrderMark(raw, bytes) : raw;
      first = false;
      if (bytes ? reader.byteLine(text) : reader.line(text)) break reading;
    }
  }
  return reader.end();
}
