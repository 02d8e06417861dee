// The shared register's write door: one validation is one PostgreSQL transaction. It
// locks the head row (SELECT … FOR UPDATE: the counters validate one after the other,
// each after the last commit), reads the state the head left, decides, seals and folds
// each draft with the same act as on one PC (shared/register/act.ts), inserts the events
// and the lots' attributions, moves the head and the state on, and commits: all of it or
// nothing. The order number is head + 1 in that transaction, never a sequence, which
// would leave a gap at each refusal (art. R. 5132-36 du code de la santé publique: one
// number per operation, in order). READ COMMITTED is enough and is what makes it work:
// once the lock is granted, each statement sees what the counter before committed —
// the mark of a register taken back to one PC included (handback.ts): after it, every act
// is refused, so that nothing is written that the PC holding the register would never see.
import type pg from 'pg';
import { appError, type AppError } from '../../shared/errors';
import { runAct, type Step } from '../../shared/register/act';
import type { ClockHead } from '../../shared/register/clock';
import type { RegisterEvent } from '../../shared/register/events';
import type { RegisterState } from '../../shared/register/register-state';
import { fetchStoredLookups, storedRecall } from '../../shared/register/stored-lookups';
import { err, ok, type Result } from '../../shared/result';
import { ActSigningCache, SigningNeeded, type WorkstationSigner } from '../../shared/signature/act-signing-cache';
import { readHandback, takenBackError } from './handback';
import { networkError } from './network-errors';
import { serverReader } from './server-reader';
import { keepServerAllocations, lockHead, readServerState, writeServerState } from './server-state';

/** Adds one sealed event after the head and moves the head on (also used to upload a register: move-register.ts). */
export async function insertEvent(client: pg.ClientBase, event: RegisterEvent): Promise<void> {
  await client.query('INSERT INTO register_events (seq, prev_hash, hash, type, event) VALUES ($1, $2, $3, $4, $5::json)', [
    event.seq,
    event.prevHash,
    event.hash,
    event.type,
    JSON.stringify(event),
  ]);
  // The head follows each event at once: the server checks that every event follows the head (migrations.ts).
  await client.query('UPDATE register_head SET seq = $1, hash = $2', [event.seq, event.hash]);
}

/**
 * How long a counter waits for the head when another holds it: a validation holds it for
 * milliseconds, so a longer wait means a counter stuck mid-transaction; the person is told
 * the register is busy rather than left waiting.
 */
export const LOCK_TIMEOUT_MS = 15_000;

/**
 * The recording instant: the server's clock, read once the head is locked. Each counter's
 * own clock would disagree with the others' by a few seconds, and an instant read before
 * waiting for the lock would come before the one of the counter served first: either
 * would write a clock set-back (shared/register/clock.ts) at every turn. One register, one clock.
 */
async function serverNow(client: pg.ClientBase): Promise<Date> {
  const { rows } = await client.query<{ now: Date }>('SELECT clock_timestamp() AS now');
  return rows[0]?.now ?? new Date();
}

/**
 * The events an earlier send under `key` recorded, when one did (migration 4), read under
 * the head's lock: a second send of the same act waits for the first to commit, then finds it.
 * Undefined when the key is new; null when the server's schema predates the keys.
 */
async function alreadyRecorded(client: pg.ClientBase, key: string): Promise<RegisterEvent[] | undefined | null> {
  const { rows: table } = await client.query<{ present: boolean }>("SELECT to_regclass('register_submissions') IS NOT NULL AS present");
  if (!table[0]?.present) return null;
  const { rows } = await client.query<{ first_seq: number; last_seq: number }>('SELECT first_seq, last_seq FROM register_submissions WHERE key = $1', [key]);
  const range = rows[0];
  if (!range) return undefined;
  const recorded = await client.query<{ event: RegisterEvent }>('SELECT event FROM register_events WHERE seq BETWEEN $1 AND $2 ORDER BY seq', [
    range.first_seq,
    range.last_seq,
  ]);
  return recorded.rows.map((row) => row.event);
}

/** Enough for a new key, whether the register's key is held here, and one signature (as on one PC). */
const MAX_SIGNING_ROUNDS = 6;

/**
 * Decides and records the steps of one act in the shared register: the events sealed, or
 * the refusal in French. `at` fixes the recording instant (tests); by default the server's clock.
 * `signer`, this PC's signing keys (electron/signing/signing-keys.ts), signs the closures
 * as on one PC (decision 0044): the act runs under a savepoint, and what it lacks (a key,
 * whether the key in force is held here, a signature) is asked with the head still locked,
 * after rolling back to the savepoint; the act then runs again on the same head at the same
 * instant, so the same bytes are signed and the signature found.
 * `submission`, a key the counter gave the act once and sends it under each time (a
 * validation held « en attente », pending-drafts.ts), is kept with the events in the same
 * transaction: a second send of an act already recorded answers its events and records nothing.
 */
export async function validate(
  pool: pg.Pool,
  steps: readonly Step[],
  at?: Date,
  lockTimeoutMs = LOCK_TIMEOUT_MS,
  submission?: string,
  signer: WorkstationSigner | null = null,
): Promise<Result<RegisterEvent[], AppError>> {
  const signing = signer ? new ActSigningCache(signer) : undefined;
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    return err(networkError(error) ?? appError('network.failed'));
  }
  let committing = false;
  let broken: Error | undefined;
  try {
    // Said, not left to the server's default: a server set to REPEATABLE READ would serve a snapshot older than the lock.
    await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    await client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`);
    const head = await lockHead(client);
    const earlier = submission === undefined ? null : await alreadyRecorded(client, submission);
    if (earlier) {
      await client.query('ROLLBACK');
      return ok(earlier);
    }
    // Read with the head locked: a register taken back (handback.ts) was marked under the same
    // lock, so a mark committed while this counter waited for the lock is seen here.
    const handback = await readHandback(client, pool);
    if (handback) {
      await client.query('ROLLBACK');
      return err(takenBackError(handback));
    }
    const now = at ?? (await serverNow(client));
    const reader = serverReader(client);
    const last: ClockHead | undefined = head ? await reader.eventAt(head.seq) : undefined;
    let state: RegisterState;
    let acted: Result<RegisterEvent[], AppError>;
    for (let round = 1; ; round += 1) {
      if (signing) await client.query('SAVEPOINT act');
      // Read again at each round: the act folds its events into the state it is given.
      state = await readServerState(client, head);
      try {
        acted = await runAct(state, last, steps, now, {
          fetch: (current, draft) => fetchStoredLookups(reader, current, draft),
          async store(current, event) {
            await insertEvent(client, event);
            return storedRecall(reader, current, [event]);
          },
          keep: (recall) => keepServerAllocations(client, recall),
          ...(signing ? { signing } : {}),
        });
        break;
      } catch (error) {
        if (!(error instanceof SigningNeeded) || !signing || round >= MAX_SIGNING_ROUNDS) throw error;
        await client.query('ROLLBACK TO SAVEPOINT act');
        const filled = await signing.fill(error.need);
        if (!filled.ok) {
          await client.query('ROLLBACK');
          return filled;
        }
      }
    }
    if (!acted.ok) {
      await client.query('ROLLBACK');
      return acted;
    }
    await writeServerState(client, state);
    // A server whose schema predates the keys (earlier is undefined only when their table exists) records as before.
    if (submission !== undefined && earlier === undefined && state.head)
      await client.query('INSERT INTO register_submissions (key, first_seq, last_seq) VALUES ($1, $2, $3)', [submission, (head?.seq ?? 0) + 1, state.head.seq]);
    committing = true;
    await client.query('COMMIT');
    return acted;
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    await client.query('ROLLBACK').catch(() => undefined);
    const known = networkError(error);
    // A link cut while committing: the server may have committed or not, and says nothing more.
    if (committing && known?.code === 'network.failed') return err(appError('network.commitUnknown'));
    if (known) return err(known);
    throw error;
  } finally {
    // A connection that failed is not given to the next validation.
    client.release(broken);
  }
}
