// Rebuilds the database from the reserve journal, after checking the whole journal.
// A restore never goes backwards: a journal shorter than what the database holds, or
// one that forks from it, is refused and nothing is written.
import { appError, type AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
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

  let restored = await headSeq(db);
  if (verdict.lastSeq < restored) return err(appError('restore.shorter', undefined, { journal: String(verdict.lastSeq), database: String(restored) }));
  if (restored > 0) {
    const read = await api['reserve:readEvents']({ registerId, afterSeq: restored - 1, limit: 1 });
    if (!read.ok) return read;
    if (read.value[0]?.hash !== (await eventAt(db, restored))?.hash) return err(appError('integrity.reserveDisagrees', undefined, { seq: String(restored) }));
  }
  while (restored < verdict.lastSeq) {
    const read = await api['reserve:readEvents']({ registerId, afterSeq: restored, limit: PAGE });
    if (!read.ok) return read;
    const page = read.value;
    if (page.length === 0) return err(appError('integrity.reserveDisagrees', undefined, { seq: String(restored + 1) }));
    const imported = await importEvents(db, page);
    if (!imported.ok) return imported;
    restored = imported.value?.seq ?? restored;
    onProgress(restored, verdict.lastSeq);
  }
  return ok(restored);
}
