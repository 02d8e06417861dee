// Records one event through the one write door (record.ts).
import type { AppError } from '../../shared/errors';
import type { RegisterEvent } from '../../shared/register/events';
import type { Draft } from '../../shared/register/validate';
import { ok, type Result } from '../../shared/result';
import type { RegisterDatabase } from './database';
import { record } from './record';

export async function appendEvent(db: RegisterDatabase, draft: Draft, now = new Date()): Promise<Result<RegisterEvent, AppError>> {
  const recorded = await record(db, [draft], now);
  if (!recorded.ok) return recorded;
  // One draft, once accepted, is exactly one event.
  return ok(recorded.value[0] as RegisterEvent);
}
