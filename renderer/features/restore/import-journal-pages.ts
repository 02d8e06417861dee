// Imports a verified journal into the database, page after page, from wherever it is
// read (the reserve medium, a hand-over package). The import never goes backwards: a
// journal shorter than what the database holds, or one that forks from it, is refused
// and nothing is written. The journal is read once, front to back, each page from where
// the previous one stopped: a million-line journal costs one pass, not one per page.
import { appError, type AppError } from '../../../shared/errors';
import type { IpcResult, ReadEventsPage } from '../../../shared/ipc/contract';
import type { RegisterEvent } from '../../../shared/register/events';
import { err, ok, type Result } from '../../../shared/result';
import type { RegisterDatabase } from '../../db/database';
import { importEvents } from '../../db/import-events';
import { eventAt, headSeq } from '../../db/queries';

export interface VerifiedJournalSource {
  /** The last order number of the journal, as its verification found it. */
  lastSeq: number;
  /** A page of events from an opaque cursor (0 for the start). */
  readPage(cursor: number): Promise<IpcResult<ReadEventsPage>>;
}

export async function importJournalPages(
  db: RegisterDatabase,
  source: VerifiedJournalSource,
  onProgress: (restored: number, total: number) => void = () => {},
): Promise<Result<number, AppError>> {
  const held = await headSeq(db);
  if (source.lastSeq < held) return err(appError('restore.shorter', undefined, { journal: String(source.lastSeq), database: String(held) }));
  const heldHash = held > 0 ? (await eventAt(db, held))?.hash : undefined;
  const disagrees = (seq: number) => err(appError('integrity.reserveDisagrees', undefined, { seq: String(seq) }));

  // One pass through the journal, page after page from its first byte, each page read
  // from where the previous one stopped. Events the database already holds are not
  // imported again, but the one at its head must be the same event: a journal that
  // forks from the database is refused. Only events up to the verified head are imported.
  let restored = held;
  let headMatched = held === 0;
  let cursor = 0;
  while (!headMatched || restored < source.lastSeq) {
    const read = await source.readPage(cursor);
    if (!read.ok) return read;
    const { events, nextCursor, done } = read.value;
    const fresh: RegisterEvent[] = [];
    for (const event of events) {
      if (event.seq < held || event.seq > source.lastSeq) continue;
      if (event.seq === held) {
        if (event.hash !== heldHash) return disagrees(held);
        headMatched = true;
      } else {
        if (!headMatched) return disagrees(held);
        fresh.push(event);
      }
    }
    if (fresh.length > 0) {
      // importEvents refuses, whole, a page that does not continue the database's chain.
      const imported = await importEvents(db, fresh);
      if (!imported.ok) return imported;
      restored = imported.value?.seq ?? restored;
      onProgress(restored, source.lastSeq);
    }
    const finished = headMatched && restored >= source.lastSeq;
    // The journal ended (or stopped moving) before what its verification promised.
    if (!finished && (done || nextCursor <= cursor)) return disagrees(headMatched ? restored + 1 : held);
    cursor = nextCursor;
  }
  return ok(restored);
}
