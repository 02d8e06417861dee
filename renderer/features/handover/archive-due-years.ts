// Writes the automatic archive of every year whose December is closed and that has none
// yet: called after each monthly closure check, and when the Éditions tab opens. The
// years found archived are remembered for the session. Only the archives' names are asked
// for: verifying them reads each whole, which the archives screen does when it is shown.
import type { AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import type { RegisterStore } from '../../db/register-store';
import { createArchive } from './create-archive';
import { yearsDue } from './yearly-archives';

const archivedThisSession = new Set<string>();

export async function archiveDueYears(store: RegisterStore, api: RegistreApi | null): Promise<AppError | null> {
  const identity = await store.identity();
  if (!api || !identity) return null;
  const { registerId } = identity;
  const closedDecembers = (await store.closures()).map((closure) => closure.month).filter((month) => month.endsWith('-12'));
  if (closedDecembers.every((month) => archivedThisSession.has(`${registerId}:${month}`))) return null;
  const written = await api['archive:written']({ registerId });
  if (!written.ok) return written.error;
  const due = yearsDue(closedDecembers, written.value.fileNames, registerId);
  for (const year of due) {
    const answer = await createArchive(store, api, { registerId, year, automatic: true });
    // Written meanwhile by another check: no error.
    if (!answer.ok && answer.error.code !== 'package.exists') return answer.error;
  }
  for (const month of closedDecembers) archivedThisSession.add(`${registerId}:${month}`);
  return null;
}
