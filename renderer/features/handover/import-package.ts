// The buyer's import, once the main process has verified the package whole: the editions
// go into the archive folder first (so that the register, once open, finds every edition
// its journal records), then the events, page by page, through the restore's import —
// which refuses anything that does not continue what the database holds. Nothing from
// the seller's history is rewritten: the events are stored as they were sealed.
import type { AppError } from '../../../shared/errors';
import type { OpenedPackage, RegistreApi } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import type { RegisterStore } from '../../db/register-store';
import { importJournalPages } from '../restore/import-journal-pages';

const PAGE = 1_000;

export async function importPackage(
  store: RegisterStore,
  api: RegistreApi,
  opened: OpenedPackage,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Result<number, AppError>> {
  const installed = await api['package:installEditions']({ token: opened.token });
  if (!installed.ok) return installed;
  const { registerId, establishmentName, head } = opened;
  return importJournalPages(
    store,
    { source: 'package', registerId, establishmentName, head, readPage: (cursor) => api['package:readEvents']({ token: opened.token, cursor, limit: PAGE }) },
    onProgress,
  );
}
