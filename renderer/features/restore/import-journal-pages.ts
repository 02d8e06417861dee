// Imports a verified journal into the database, page after page, from wherever it is
// read (the reserve medium, a hand-over package). The import never goes backwards: a
// journal shorter than what the database holds, or one that forks from it, is refused
// and nothing is written. The journal is read once, front to back, each page from where
// the previous one stopped: a million-line journal costs one pass, not one per page.
// From its first page to its last, the database carries the restore marker
// (db/restore-marker.ts): the window keeps showing the restore and nothing else writes.
// An interrupted import is resumed by calling this again with the same journal: it
// continues from the database's head, after checking the event at that head.
import { appError, type AppError } from '../../../shared/errors';
import type { IpcResult, ReadEventsPage } from '../../../shared/ipc/contract';
import type { RegisterEvent } from '../../../shared/register/events';
import type { ChainHead } from '../../../shared/register/chain-head';
import { err, ok, type Result } from '../../../shared/result';
import { RESTORE_KEY, type RegisterStore, type RestoreMarker, type RestoreSource } from '../../db/register-store';

export interface VerifiedJournalSource {
  source: RestoreSource;
  registerId: string;
  establishmentName: string;
  /** The last event of the journal, as its verification found it. */
  head: ChainHead;
  /** A page of events from an opaque cursor (0 for the start). */
  readPage(cursor: number): Promise<IpcResult<ReadEventsPage>>;
}

export async function importJournalPages(
  store: RegisterStore,
  source: VerifiedJournalSource,
  onProgress: (restored: number, total: number) => void = () => {},
): Promise<Result<number, AppError>> {
  const lastSeq = source.head.seq;
  const marker: RestoreMarker = {
    key: RESTORE_KEY,
    source: source.source,
    registerId: source.registerId,
    establishmentName: source.establishmentName,
    target: source.head,
    startedAt: new Date().toISOString(),
  };
  const held = await store.headSeq();
  if (lastSeq < held) return err(appError('restore.shorter', undefined, { journal: String(lastSeq), database: String(held) }));
  const heldHash = held > 0 ? (await store.eventAt(held))?.hash : undefined;
  const disagrees = (seq: number) => err(appError('integrity.reserveDisagrees', undefined, { seq: String(seq) }));

  // One pass through the journal, page after page from its first byte, each page read
  // from where the previous one stopped. Events the database already holds are not
  // imported again, but the one at its head must be the same event: a journal that
  // forks from the database is refused. Only events up to the verified head are imported.
  let restored = held;
  let headMatched = held === 0;
  let cursor = 0;
  while (!headMatched || restored < lastSeq) {
    const read = await source.readPage(cursor);
    if (!read.ok) return read;
    const { events, nextCursor, done } = read.value;
    const fresh: RegisterEvent[] = [];
    for (const event of events) {
      if (event.seq < held || event.seq > lastSeq) continue;
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
      const imported = await store.importPage(fresh, marker);
      if (!imported.ok) return imported;
      restored = imported.value?.seq ?? restored;
      onProgress(restored, lastSeq);
    }
    const finished = headMatched && restored >= lastSeq;
    // The journal ended (or stopped moving) before what its verification promised.
    if (!finished && (done || nextCursor <= cursor)) return disagrees(headMatched ? restored + 1 : held);
    cursor = nextCursor;
  }
  return ok(restored);
}
