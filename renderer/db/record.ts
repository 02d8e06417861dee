// The one write door of the register. One IndexedDB transaction reads the register's
// state, decides each draft against it (shared/register/decide.ts, the same rules the
// replay of a journal applies), seals it after the head, adds it, keeps the monthly
// totals in step, and writes the state the new events leave: all of it or nothing. A
// clock behind the last event is recorded first (clock.ts), in the same act.
// Hashing is synchronous, so nothing foreign is awaited inside. While a restore is under
// way the register is not whole: nothing is written then.
import { appError, type AppError } from '../../shared/errors';
import { clockSetBackDraft, clockSetBackRefused, type ClockHead } from '../../shared/register/clock';
import { localDay } from '../../shared/register/dates';
import { decide, lookupsFor, type Fetched } from '../../shared/register/decide';
import type { RegisterEvent } from '../../shared/register/events';
import { evolve } from '../../shared/register/evolve';
import { sealValid } from '../../shared/register/prepare';
import type { RegisterState } from '../../shared/register/register-state';
import type { Draft, ValidDraft } from '../../shared/register/validate';
import { err, ok, type Result } from '../../shared/result';
import type { RegisterDatabase } from './database';
import { settleEntry } from './entry-in-progress';
import { patientDispensations } from './patient-history';
import { addToMonthlyTotals } from './monthly-totals';
import { keepPeople } from './people';
import { refusalWhileRestoring } from './restore-marker';
import { keepAllocations, receivedLots, recallFor } from './lot-recall';
import { readStateForWriting, rememberWrittenState, writeState } from './state-row';

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
    .transaction('rw', [db.events, db.monthlyTotals, db.meta, db.state, db.lotAllocations, db.people, db.personEvents], async () => {
      const restoring = await refusalWhileRestoring(db);
      if (restoring) throw new Refused(restoring);
      // Recorded or refused, the entry the form noted is settled in this very transaction.
      await settleEntry(db);
      const state = await readStateForWriting(db);
      let last: ClockHead | undefined = await db.events.orderBy('seq').last();
      const sealed: RegisterEvent[] = [];
      const add = async (decided: ValidDraft): Promise<RegisterEvent> => {
        const event = sealValid(decided, { head: state.head, recordedAt: now });
        await db.events.add(event);
        await addToMonthlyTotals(db, event);
        // What the lot estimate needs of the past, read before the fold and kept after it.
        const recall = await recallFor(db, state, [event]);
        evolve(state, event, recall);
        await keepAllocations(db, recall);
        last = event;
        return event;
      };
      for (const step of steps) {
        for (const draft of typeof step === 'function' ? step(sealed) : [step]) {
          // A clock behind the last event: its set-back goes first, in the same act (clock.ts).
          const setBack = clockSetBackDraft(last, draft, now);
          if (setBack && last) {
            const noted = decide(state, {}, setBack, today);
            if (!noted.ok) throw new Refused(clockSetBackRefused(last, now, noted.error));
            await add(noted.value);
          }
          const decided = decide(state, await fetchLookups(db, state, draft), draft, today);
          if (!decided.ok) throw new Refused(decided.error);
          sealed.push(await add(decided.value));
        }
      }
      await writeState(db, state);
      // The counter's memory of people takes in the act's events (people.ts).
      await keepPeople(db, sealed);
      return { sealed, state };
    })
    .then(({ sealed, state }) => {
      rememberWrittenState(db, state);
      return ok(sealed);
    })
    .catch(async (error: unknown): Promise<Result<RegisterEvent[], AppError>> => {
      if (error instanceof Refused) {
        // The refusal aborted the transaction, the settling with it: the person sees the refusal now.
        await settleEntry(db);
        return err(error.refusal);
      }
      if (error instanceof Error && error.name === 'WriteOnceViolation') return err(appError('storage.writeOnce'));
      throw error;
    });
}

/** Reads what the draft declares it needs besides the state (decide.ts): by primary key, or by index. */
export async function fetchLookups(db: RegisterDatabase, state: RegisterState, draft: Draft): Promise<Fetched> {
  const { event: seq, lots, patient } = lookupsFor(draft);
  if (lots) return { receivedLots: await receivedLots(db, state, lots) };
  const target = seq === undefined ? undefined : await db.events.get(seq);
  const patientDispensationsFound = patient ? await patientDispensations(db, patient.name, patient.since) : undefined;
  return { ...(target ? { target } : {}), ...(patientDispensationsFound ? { patientDispensations: patientDispensationsFound } : {}) };
}
