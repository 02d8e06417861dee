// Records several events as one act through the one write door (record.ts): each is
// decided against the register as the ones before it in the act leave it, all in one
// IndexedDB transaction; the first refusal writes nothing of the act. Every such act is
// one the person validated (an inventory, a PV and its exits, a cession's moves): it is
// noted before it is recorded, so that one cut short is said at the next start.
import type { AppError } from '../../shared/errors';
import type { RegisterEvent } from '../../shared/register/events';
import type { Result } from '../../shared/result';
import type { RegisterDatabase } from './database';
import { noteEntryStarted } from './entry-in-progress';
import { record, type Step } from './record';
import { isDraft } from '../../shared/register/act';

export type BatchStep = Step;

export async function appendEvents(db: RegisterDatabase, steps: readonly BatchStep[], now = new Date()): Promise<Result<RegisterEvent[], AppError>> {
  const first = steps[0];
  if (first !== undefined && isDraft(first)) await noteEntryStarted(db, first.body.type, now);
  return record(db, steps, now);
}
