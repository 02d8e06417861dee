// Asks the main process for a yearly archive without ever holding the whole journal in
// the window (decision 0063): the main process first takes the reserve copy, which is the
// same journal when it ends at this window's head; only when it cannot (no reserve, a key
// unplugged, a copy behind) does the window send its journal, one page at a time.
import { appError, type AppError } from '../../../shared/errors';
import type { RegistreApi, YearlyArchive } from '../../../shared/ipc/contract';
import { err, type Result } from '../../../shared/result';
import type { RegisterStore } from '../../db/register-store';
import { journalPages } from './journal-pages';

export async function createArchive(
  store: RegisterStore,
  api: RegistreApi,
  request: { registerId: string; year: number; automatic: boolean },
): Promise<Result<YearlyArchive, AppError>> {
  const last = await store.lastEvent();
  if (!last) return err(appError('archive.noEvents', undefined, { year: String(request.year) }));
  const fromReserve = await api['archive:create']({ ...request, journal: { reserveAt: { seq: last.seq, hash: last.hash } } });
  if (fromReserve.ok || fromReserve.error.code !== 'archive.reserveBehind') return fromReserve;
  const upload = crypto.randomUUID();
  let offset = 0;
  for await (const bytes of journalPages(store)) {
    const sent = await api['archive:sendJournal']({ registerId: request.registerId, upload, offset, bytes });
    if (!sent.ok) return sent;
    offset += bytes.byteLength;
  }
  return api['archive:create']({ ...request, journal: { sent: upload } });
}
