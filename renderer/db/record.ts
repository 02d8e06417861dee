// The one write door of the register. One IndexedDB transaction reads the register's
// state, decides each draft against it, seals it after the head and folds it
// (shared/register/act.ts: the same act as the network mode's, the same rules the replay
// of a journal applies), adds it, keeps the monthly totals in step, and writes the state
// the new events leave: all of it or nothing. A clock behind the last event is recorded
// first (clock.ts), in the same act.
// Hashing is synchronous, so nothing foreign is awaited inside. While a restore is under
// way the register is not whole: nothing is written then. A closure's signature comes
// from the main process: what the act lacks of it aborts the transaction, is asked for
// outside, and the act runs again from the start (act-signing-cache.ts).
import { appError, type AppError } from '../../shared/errors';
import { runAct, type Step } from '../../shared/register/act';
import type { ClockHead } from '../../shared/register/clock';
import type { Fetched } from '../../shared/register/decide';
import type { RegisterEvent } from '../../shared/register/events';
import type { RegisterState } from '../../shared/register/register-state';
import { fetchStoredLookups } from '../../shared/register/stored-lookups';
import type { Draft } from '../../shared/register/validate';
import { err, ok, type Result } from '../../shared/result';
import type { RegisterDatabase } from './database';
import { settleEntry } from './entry-in-progress';
import type { ActSigning } from '../../shared/signature/act-signing';
import { ActSigningCache, SigningNeeded, type WorkstationSigner } from './act-signing-cache';
import { addToMonthlyTotals } from './monthly-totals';
import { keepPeople } from './people';
import { refusalWhileRestoring } from './restore-marker';
import { keepAllocations, recallFor } from './lot-recall';
import { indexedDbReader } from './register-reader';
import { readStateForWriting, rememberWrittenState, writeState } from './state-row';

export type { Step } from '../../shared/register/act';

/** Carries a refusal out of the transaction callback, which aborts it: nothing of the act is written. */
class Refused extends Error {
  override readonly name = 'Refused';
  constructor(readonly refusal: AppError) {
    super('Inscription refusée');
  }
}

/** Enough for a new key, whether the register's key is held here, and one signature, with room for a head that moved. */
const MAX_SIGNING_ROUNDS = 6;

export async function record(
  db: RegisterDatabase,
  steps: readonly Step[],
  now = new Date(),
  signer: WorkstationSigner | null = null,
): Promise<Result<RegisterEvent[], AppError>> {
  const signing = signer ? new ActSigningCache(signer) : undefined;
  for (let round = 1; ; round += 1) {
    try {
      return await recordOnce(db, steps, now, signing);
    } catch (error) {
      if (!(error instanceof SigningNeeded) || !signing || round >= MAX_SIGNING_ROUNDS) throw error;
      const filled = await signing.fill(error.need);
      if (!filled.ok) {
        await settleEntry(db);
        return err(filled.error);
      }
    }
  }
}

async function recordOnce(
  db: RegisterDatabase,
  steps: readonly Step[],
  now: Date,
  signing: ActSigning | undefined,
): Promise<Result<RegisterEvent[], AppError>> {
  return db
    .transaction('rw', [db.events, db.monthlyTotals, db.meta, db.state, db.lotAllocations, db.people, db.personEvents], async () => {
      const restoring = await refusalWhileRestoring(db);
      if (restoring) throw new Refused(restoring);
      // Recorded or refused, the entry the form noted is settled in this very transaction.
      await settleEntry(db);
      const state = await readStateForWriting(db);
      const last: ClockHead | undefined = await db.events.orderBy('seq').last();
      const acted = await runAct(state, last, steps, now, {
        fetch: (current, draft) => fetchLookups(db, current, draft),
        async store(current, event) {
          await db.events.add(event);
          await addToMonthlyTotals(db, event);
          // What the lot estimate needs of the past, read before the fold and kept after it.
          return recallFor(db, current, [event]);
        },
        keep: (recall) => keepAllocations(db, recall),
        ...(signing ? { signing } : {}),
      });
      if (!acted.ok) throw new Refused(acted.error);
      await writeState(db, state);
      // The counter's memory of people takes in the act's events (people.ts).
      await keepPeople(db, acted.value);
      return { sealed: acted.value, state };
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
export function fetchLookups(db: RegisterDatabase, state: RegisterState, draft: Draft): Promise<Fetched> {
  return fetchStoredLookups(indexedDbReader(db), state, draft);
}
