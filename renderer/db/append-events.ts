// Records several events as one act through the one write door (record.ts): each is
// decided against the register as the ones before it in the act leave it, all in one
// IndexedDB transaction; the first refusal writes nothing of the act.
import type { AppError } from '../../shared/errors';
import type { RegisterEvent } from '../../shared/register/events';
import type { Result } from '../../shared/result';
import type { RegisterDatabase } from './database';
import { record, type Step } from './record';

export type BatchStep = Step;

export function appendEvents(db: RegisterDatabase, steps: readonly BatchStep[], now = new Date()): Promise<Result<RegisterEvent[], AppError>> {
  return record(db, steps, now);
}
