// Rebuilds the database from the reserve journal, after checking the whole journal
// (the import itself, page by page, is import-journal-pages.ts, shared with the
// hand-over package).
import { appError, type AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { err, type Result } from '../../../shared/result';
import type { RegisterStore } from '../../db/register-store';
import { reserveBrokenError } from '../integrity/check-reserve';
import { importJournalPages } from './import-journal-pages';

const PAGE = 1_000;

export async function restoreFromReserve(
  store: RegisterStore,
  api: RegistreApi,
  journal: { registerId: string; establishmentName: string },
  onProgress: (restored: number, total: number) => void = () => {},
): Promise<Result<number, AppError>> {
  const { registerId, establishmentName } = journal;
  const checked = await api['reserve:verify']({ registerId });
  if (!checked.ok) return checked;
  const check = checked.value;
  if (check.state === 'notConfigured') return err(appError('reserve.notConfigured'));
  if (check.state === 'unreachable') return err(appError('reserve.unreachable', undefined, { folder: check.folder }));
  const { verdict } = check;
  if (!verdict.ok) return err(reserveBrokenError(verdict));

  return importJournalPages(
    store,
    {
      source: 'reserve',
      registerId,
      establishmentName,
      head: { seq: verdict.lastSeq, hash: verdict.headHash },
      readPage: (cursor) => api['reserve:readEvents']({ registerId, cursor, limit: PAGE }),
    },
    onProgress,
  );
}
