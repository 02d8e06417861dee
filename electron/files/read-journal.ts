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
 * Verifies the chain while reading; `onEvent` sees each event once it is proven genuine.
 * `end`: read only the bytes before it (the reserve stops before a torn last line).
 */
export async function readJournal(path: string, onEvent?: EventListener, end?: number, { checks, stopAfterLine }: SharedReading = {}): Promise<JournalVerdict> {
  const reader = createJournalReader(onEvent, undefined, { ...checks, byteText: nodeByteText });
  let first = true;
  let lineNumber = 0;
  let streamError: unknown = null;
  try {
    reading: for await (const { lines, bytes } of fileByteLines(path, end)) {
      for (const raw of lines) {
        lineNumber += 1;
        if (stopAfterLine && lineNumber > stopAfterLine()) break reading;
        const text = first ? withoutByteOrderMark(raw, bytes) : raw;
        first = false;
        if (bytes ? reader.byteLine(text) : reader.line(text)) break reading;
      }
    }
  } catch (error) {
    streamError = error;
  }
  if (streamError !== null) throw unreadable(path, streamError);
  return reader.end();
}

function unreadable(path: string, error: unknown): UnreadableJournalError {
  return new UnreadableJournalError(path, errorCode(error));
}
