// The shared register's write door: one validation is one PostgreSQL transaction. It
// locks the head row (SELECT … FOR UPDATE: the counters validate one after the other,
// each after the last commit), reads the state the head left, decides, seals and folds
// each draft with the same act as on one PC (shared/register/act.ts), inserts the events
// and the lots' attributions, moves the head and the state on, and commits: all of it or
// nothing. The order number is head + 1 in that transaction, never a sequence, which
// would leave a gap at each refusal (art. R. 5132-36 du code de la santé publique: one
// number per operation, in order). READ COMMITTED is enough and is what makes it work:
// once the lock is granted, each statement sees what the counter before committed.
import type pg from 'pg';
import { appError, type AppError } from '../../shared/errors';
import { runAct, type Step } from '../../shared/register/act';
import type { ClockHead } from '../../shared/register/clock';
import type { RegisterEvent } from '../../shared/register/events';
import { fetchStoredLookups, storedRecall } from '../../shared/register/stored-lookups';
import { err, type Result } from '../../shared/result';
import { networkError } from './network-errors';
import { serverReader } from './server-reader';
import { keepServerAllocations, lockHead, readServerState, writeServerState } from './server-state';

async function insertEvent(client: pg.ClientBase, event: RegisterEvent): Promise<void> {
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
 * Decides and records the steps of one act in the shared register: the events sealed, or
 * the refusal in French. `at` fixes the recording instant (tests); by default the server's clock.
 */
export async function validate(pool: pg.Pool, steps: readonly Step[], at?: Date, lockTimeoutMs = LOCK_TIMEOUT_MS): Promise<Result<RegisterEvent[], AppError>> {
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
    const now = at ?? (await serverNow(client));
    const state = await readServerState(client, head);
    const reader = serverReader(client);
    const last: ClockHead | undefined = head ? await reader.eventAt(head.seq) : undefined;
    const acted = await runAct(state, last, steps, now, {
      fetch: (current, draft) => fetchStoredLookups(reader, current, draft),
      async store(current, event) {
        await insertEvent(client, event);
        return storedRecall(reader, current, [event]);
      },
      keep: (recall) => keepServerAllocations(client, recall),
    });
    if (!acted.ok) {
      await client.query('ROLLBACK');
      return acted;
    }
    await writeServerState(client, state);
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
