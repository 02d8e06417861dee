// Rebuilds the database from the reserve journal, after checking the whole journal.
// A restore never goes backwards: a journal shorter than what the database holds, or
// one that forks from it, is refused and nothing is written. The journal is then read
// once, front to back, by byte offset: a million-line journal costs one pass, not one
// pass per page.
import { appError, type AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import type { RegisterEvent } from '../../../shared/register/events';
import { err, ok, type Result } from '../../../shared/result';
import type { RegisterDatabase } from '../../db/database';
import { importEvents } from '../../db/import-events';
import { eventAt, headSeq } from '../../db/queries';
import { reserveBrokenError } from '../integrity/check-reserve';

const PAGE = 1_000;

export async function restoreFromReserve(
  db: RegisterDatabase,
  api: RegistreApi,
  registerId: string,
  onProgress: (restored: number, total: number) => void = () => {},
): Promise<Result<number, AppError>> {
  const checked = await api['reserve:verify']({ registerId });
  if (!checked.ok) return checked;
  const check = checked.value;
  if (check.state === 'notConfigured') return err(appError('reserve.notConfigured'));
  if (check.state === 'unreachable') return err(appError('reserve.unreachable', undefined, { folder: check.folder }));
  const { verdict } = check;
  if (!verdict.ok) return err(reserveBrokenError(verdict));

  const held = await headSeq(db);
  if (verdict.lastSeq < held) return err(appError('restore.shorter', undefined, { journal: String(verdict.lastSeq), database: String(held) }));
  const heldHash = held > 0 ? (await eventAt(db, held))?.hash : undefined;
  const disagrees = (seq: number) => err(appError('integrity.reserveDisagrees', undefined, { seq: String(seq) }));

  // One pass through the journal, page after page from its first byte, each page read
  // from where the previous one stopped. Events the database already holds are not
  // imported again, but the one at its head must be the same event: a journal that
  // forks from the database is refused. Only events up to the verified head are imported.
  let restored = held;
  let headMatched = held === 0;
  let cursor = 0;
  while (!headMatched || restored < verdict.lastSeq) {
    const read = await api['reserve:readEvents']({ registerId, cursor, limit: PAGE });
    if (!read.ok) return read;
    const { events, nextCursor, done } = read.value;
    const fresh: RegisterEvent[] = [];
    for (const event of events) {
      if (event.seq < held || event.seq > verdict.lastSeq) continue;
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
      onProgress(restored, verdict.lastSeq);
    }
    const finished = headMatched && restored >= verdict.lastSeq;
    // The journal ended (or stopped moving) before what its verification promised.
    if (!finished && (done || nextCursor <= cursor)) return disagrees(headMatched ? restored + 1 : held);
    cursor = nextCursor;
  }
  return ok(restored);
}
