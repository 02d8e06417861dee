// The one write door of the register. One IndexedDB transaction reads the register's
// state, decides each draft against it (shared/register/decide.ts, the same rules the
// replay of a journal applies), seals it after the head, adds it, keeps the monthly
// totals in step, and writes the state the new events leave: all of it or nothing.
// Hashing is synchronous, so nothing foreign is awaited inside. While a restore is under
// way the register is not whole: nothing is written then.
import { appError, type AppError } from '../../shared/errors';
import { localDay } from '../../shared/register/dates';
import { decide, lookupsFor, type Fetched } from '../../shared/register/decide';
import type { RegisterEvent } from '../../shared/register/events';
import { evolve } from '../../shared/register/evolve';
import { sealValid } from '../../shared/register/prepare';
import type { Draft } from '../../shared/register/validate';
import { err, ok, type Result } from '../../shared/result';
import type { RegisterDatabase } from './database';
import { addToMonthlyTotals } from './monthly-totals';
import { refusalWhileRestoring } from './restore-marker';
import { readState, writeState } from './state-row';

/**
 * One step of an act: a draft, or drafts made from the events sealed so far in it (an
 * inventory's adjustments need its order number, known once it is sealed).
 */
export type Step = Draft | ((sealed: readonly RegisterEvent[]) => readonly Draft[]);

/** Carries a refusal out of the transaction callback, which aborts it: nothing of the act is written. */
class Refused extends Error {
  override readonly name = 'Refused';
  constructor(readonly refusal: AppError) {
    super('Inscription refusée');
  }
}

export async function record(db: RegisterDatabase, steps: readonly Step[], now = new Date()): Promise<Result<RegisterEvent[], AppError>> {
  const today = localDay(now);
  return db
    .transaction('rw', [db.events, db.monthlyTotals, db.meta, db.state], async () => {
      const restoring = await refusalWhileRestoring(db);
      if (restoring) throw new Refused(restoring);
      const state = await readState(db);
      const sealed: RegisterEvent[] = [];
      for (const step of steps) {
        for (const draft of typeof step === 'function' ? step(sealed) : [step]) {
          const decided = decide(state, await fetch(db, draft), draft, today);
          if (!decided.ok) throw new Refused(decided.error);
          const event = sealValid(decided.value, { head: state.head, recordedAt: now });
          await db.events.add(event);
          await addToMonthlyTotals(db, event);
          evolve(state, event);
          sealed.push(event);
        }
      }
      await writeState(db, state);
      return ok(sealed);
    })
    .catch((error: unknown): Result<RegisterEvent[], AppError> => {
      if (error instanceof Refused) return err(error.refusal);
      if (error instanceof Error && error.name === 'WriteOnceViolation') return err(appError('storage.writeOnce'));
      throw error;
    });
}

/** Reads what the draft declares it needs besides the state (decide.ts), by primary key. */
async function fetch(db: RegisterDatabase, draft: Draft): Promise<Fetched> {
  const { event: seq } = lookupsFor(draft);
  const target = seq === undefined ? undefined : await db.events.get(seq);
  return target ? { target } : {};
}
