// The register's state kept in the database (renderer/db/state-row.ts) is what every new
// entry is decided against: it must be exactly what the events fold to. A row changed
// behind the application's back (the raw IndexedDB API) would let the rules accept what
// the register forbids, so the integrity check refolds the log and compares.
import { appError, type AppError } from '../../../shared/errors';
import type { RegisterEvent } from '../../../shared/register/events';
import { evolve } from '../../../shared/register/evolve';
import type { RegisterState } from '../../../shared/register/register-state';
import { canonicalJson } from '../../../shared/register/seal';
import { toStateRecord } from '../../../shared/register/state-record';
import type { LotRecall } from '../../../shared/stock/lot-ledger';
import type { RegisterStore } from '../../db/register-store';

/**
 * Compares the stored row with `folded`, the state of the events checked so far, taken
 * on to the database's head first (an entry may have been recorded during the check):
 * those events are folded with `recall`, the lots' past the replay folded with, once
 * `readBefore` has read what they may ask of the time before the replay's start.
 * No row is no disagreement: the write door folds the log when it finds none.
 */
export async function checkStoredState(
  store: RegisterStore,
  folded: RegisterState,
  recall?: LotRecall,
  readBefore: (events: readonly RegisterEvent[]) => Promise<void> = async () => undefined,
): Promise<AppError | null> {
  // Kept, not folded, inside the store's snapshot: what they ask is read after it.
  const meanwhile: RegisterEvent[] = [];
  const stored = await store.storedStateWith(folded.head?.seq ?? 0, (event) => void meanwhile.push(event));
  if (!stored) return null;
  if (meanwhile.length > 0) await readBefore(meanwhile);
  for (const event of meanwhile) evolve(folded, event, recall);
  return canonicalJson(stored) === canonicalJson(toStateRecord(folded))
    ? null
    : appError('integrity.stateDiffers', undefined, { seq: String(stored.head?.seq ?? 0) });
}
