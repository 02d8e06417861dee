// « Reprendre le registre sur ce poste »: the shared register's journal, written by the
// main process to the folder the person chose and verified there (network:moveBack), is
// taken into this PC's own register by the same page-by-page import as a restore
// (import-journal-pages.ts): from the start on an empty PC, from its head on the PC that
// once sent it, refused whole if it forks from what this PC holds. Only then is this PC
// detached from the server.
import type { AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import type { ServerAddress } from '../../../shared/ipc/network';
import type { ChainHead } from '../../../shared/register/chain-head';
import { ok, type Result } from '../../../shared/result';
import type { RegisterStore } from '../../db/register-store';
import { importJournalPages } from '../restore/import-journal-pages';

const PAGE = 1_000;

export interface TakenBack {
  path: string;
  head: ChainHead;
}

export async function takeRegisterBack(
  api: Pick<RegistreApi, 'network:moveBack' | 'network:readMovedBack' | 'network:configure'>,
  own: RegisterStore,
  establishmentName: string,
  onImported: (done: number, total: number) => void,
): Promise<Result<TakenBack & { server: ServerAddress | null }, AppError>> {
  const written = await api['network:moveBack'](null);
  if (!written.ok) return written;
  const { registerId, head, path } = written.value;
  const imported = await importJournalPages(
    own,
    { source: 'server', registerId, establishmentName, head, readPage: (cursor) => api['network:readMovedBack']({ cursor, limit: PAGE }) },
    onImported,
  );
  if (!imported.ok) return imported;
  const detached = await api['network:configure']({ server: null });
  if (!detached.ok) return detached;
  return ok({ path, head, server: detached.value.server });
}
