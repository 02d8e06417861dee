// The encrypted reserve journal read with its key (decision 0041): by pages for a
// restore, whole for a verification. Every line is opened (its age tag checked), must
// carry the seq and hash written in clear before it, and the events go through the same
// chain reader as a clear journal.
import { createJournalReader, type JournalVerdict } from '../../shared/journal/read';
import type { RegisterEvent } from '../../shared/register/events';
import type { LineFormat } from '../reserve/append-to-reserve';
import { readJournalRecords, type JournalPage } from '../reserve/journal-file';
import { createLineOpener, parseSealedLine, sealedLineHead, sealLines, SealedLineError } from './sealed-line';

/** Writing needs only the public recipient; the lock, healing and read-back are the reserve's own. */
export function sealedFormat(recipient: string): LineFormat {
  return { headOf: sealedLineHead, lines: (events) => sealLines(events, recipient) };
}

/** A page of events, decrypted; a line that the key does not open throws SealedLineError. */
export async function readSealedEvents(path: string, identity: string, cursor: number, limit: number, end?: number): Promise<JournalPage> {
  const page = await readJournalRecords(path, cursor, limit, end, parseSealedLine);
  const open = createLineOpener(identity);
  const events: RegisterEvent[] = [];
  for (const line of page.records) events.push((await open(line)).event);
  return { events, nextCursor: page.nextCursor, done: page.done };
}

const PAGE = 500;

/** The whole journal checked as a clear one would be, up to `end` (before a torn last line). */
export async function verifySealedJournal(path: string, identity: string, end: number, onEvent?: (event: RegisterEvent) => void): Promise<JournalVerdict> {
  const reader = createJournalReader(onEvent);
  const open = createLineOpener(identity);
  let cursor = 0;
  let line = 0;
  for (;;) {
    const page = await readJournalRecords(path, cursor, PAGE, end, parseSealedLine);
    for (const sealed of page.records) {
      line += 1;
      let text: string;
      try {
        text = (await open(sealed)).text;
      } catch (error) {
        if (!(error instanceof SealedLineError)) throw error;
        // A line the key refuses was changed after it was written: the chain's word for it.
        return { ok: false, line, seq: sealed.seq, reason: error.reason === 'content' ? 'json' : 'hash' };
      }
      if (reader.line(text.replace(/\n$/, '')) !== null) return reader.end();
    }
    if (page.done || page.records.length === 0) return reader.end();
    cursor = page.nextCursor;
  }
}
