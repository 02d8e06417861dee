// Streams a .journal.jsonl file line by line through the journal reader: memory stays
// flat whatever the length of the register, and reading stops at the first break.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RegisterEvent } from '../../shared/register/events';
import { createJournalReader, type JournalVerdict } from '../../shared/journal/read';
import { errorCode } from './file-errors';

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

const BYTE_ORDER_MARK = '\ufeff';

/**
 * Verifies the chain while reading; `onEvent` sees each event once it is proven genuine.
 * `end`: read only the bytes before it (the reserve stops before a torn last line).
 */
export async function readJournal(path: string, onEvent?: (event: RegisterEvent) => void, end?: number): Promise<JournalVerdict> {
  const stream = createReadStream(path, { encoding: 'utf8', ...(end === undefined ? {} : { end: end - 1 }) });
  let streamError: unknown = null;
  stream.on('error', (error) => {
    streamError = error;
  });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const reader = createJournalReader(onEvent);
  let first = true;
  try {
    for await (const raw of lines) {
      // An editor may have prefixed a byte order mark; it is not part of any event.
      const text = first && raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(1) : raw;
      first = false;
      if (reader.line(text)) break;
    }
  } catch (error) {
    streamError ??= error;
  } finally {
    lines.close();
    stream.destroy();
  }
  if (streamError !== null) throw unreadable(path, streamError);
  return reader.end();
}

function unreadable(path: string, error: unknown): UnreadableJournalError {
  return new UnreadableJournalError(path, errorCode(error));
}
