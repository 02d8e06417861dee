// What the forms record through the store's one write door (record.ts). An act the person
// validated is noted before it is recorded, so that one cut short is said at the next
// start (entry-in-progress.ts); the write door settles the note in its own transaction.
import type { AppError } from '../../shared/errors';
import type { RegisterEvent } from '../../shared/register/events';
import type { Draft } from '../../shared/register/validate';
import { err, ok, type Result } from '../../shared/result';
import type { RegisterStore, Step } from './register-store';
import { isDraft } from '../../shared/register/act';

/** Several events as one act: each decided against what the ones before it leave; the first refusal writes nothing. */
export async function recordAct(store: RegisterStore, steps: readonly Step[], now = new Date()): Promise<Result<RegisterEvent[], AppError>> {
  const first = steps[0];
  if (first !== undefined && isDraft(first)) await store.noteEntryStarted(first.body.type, now);
  return store.record(steps, now);
}

/** One draft, which once accepted is exactly one event. */
export async function recordOne(store: RegisterStore, draft: Draft, now = new Date()): Promise<Result<RegisterEvent, AppError>> {
  const recorded = await store.record([draft], now);
  if (!recorded.ok) return recorded;
  const [event] = recorded.value;
  return event ? ok(event) : err({ code: 'ipc.internal', params: { detail: 'aucun événement scellé' } });
}
