// The mark of a register taken back to one PC (migration 7, docs/decisions/0069): once the
// register goes on alone on that PC, an event written on the server would never reach it —
// a second register beside the first, under the same numbers (art. R. 5132-36 du code de
// la santé publique: one register, one sequence). The mark names the head taken, the PC
// and the instant; it is written with the head locked, as every validation locks it, so
// that no event can slip in between the head read and the mark. After it, the write door
// (validate.ts) refuses every act, and the server's own trigger refuses any event written
// by a counter that does not know of marks. On a server below version 7 there is no mark.
import type pg from 'pg';
import { appError, type AppError } from '../../shared/errors';
import type { RegisterHandback } from '../../shared/ipc/network';
import { err, ok, type Result } from '../../shared/result';
import { lockHead } from './server-state';

export type { RegisterHandback } from '../../shared/ipc/network';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** The refusal every act meets after the mark, in French: who took the register, when, at which number. */
export function takenBackError(handback: Pick<RegisterHandback, 'holder' | 'takenAt' | 'seq'>): AppError {
  return appError('network.registerTakenBack', undefined, {
    holder: handback.holder,
    date: dateFormat.format(new Date(handback.takenAt)),
    seq: String(handback.seq),
  });
}

/** The mark as the server's trigger reports it (migration 7, the refusal's DETAIL), or null when unreadable. */
export function handbackFromDetail(detail: unknown): Pick<RegisterHandback, 'holder' | 'takenAt' | 'seq'> | null {
  if (typeof detail !== 'string') return null;
  try {
    const parsed = JSON.parse(detail) as { holder?: unknown; takenAt?: unknown; seq?: unknown };
    if (typeof parsed.holder !== 'string' || typeof parsed.takenAt !== 'string' || typeof parsed.seq !== 'number') return null;
    return { holder: parsed.holder, takenAt: parsed.takenAt, seq: parsed.seq };
  } catch {
    return null;
  }
}

/** Servers known to hold the marks' table: a migration is never undone, so a table seen stays. */
const withMarks = new WeakSet<object>();

async function marksPresent(client: pg.ClientBase | pg.Pool, server: object): Promise<boolean> {
  if (withMarks.has(server)) return true;
  const { rows } = await client.query<{ present: boolean }>("SELECT to_regclass('register_handbacks') IS NOT NULL AS present");
  if (rows[0]?.present) withMarks.add(server);
  return rows[0]?.present ?? false;
}

interface HandbackRow {
  seq: number;
  hash: string;
  holder: string;
  taken_at: Date;
}

const toHandback = (row: HandbackRow): RegisterHandback => ({ seq: row.seq, hash: row.hash, holder: row.holder, takenAt: row.taken_at.toISOString() });

/**
 * The latest mark, null when the register was not taken back; undefined when the server's
 * schema predates the marks (below version 7). `server` names the server for the cache of
 * the table's presence (its pool): read once per validation, it costs one query, not two.
 */
export async function readHandback(client: pg.ClientBase | pg.Pool, server: object = client): Promise<RegisterHandback | null | undefined> {
  if (!(await marksPresent(client, server))) return undefined;
  const { rows } = await client.query<HandbackRow>('SELECT seq, hash, holder, taken_at FROM register_handbacks ORDER BY id DESC LIMIT 1');
  const row = rows[0];
  return row ? toHandback(row) : null;
}

/**
 * Marks the register taken back by `holder`, in one transaction that locks the head: the
 * mark names exactly the head, and every validation, which locks the head too, either
 * committed before (its event is at or before the mark) or reads the mark once it has the
 * lock and is refused. A mark already there (a taking back that stopped before its journal
 * was written) is kept, and answered again: the head cannot have moved since; taken up by
 * another PC, a mark naming that PC is added, so that the counters' message names it.
 * Null when the server's schema predates the marks: nothing is marked, as before version 7.
 */
export async function markHandback(pool: pg.Pool, holderName: string): Promise<Result<RegisterHandback | null, AppError>> {
  // The table takes 1 to 200 characters: a system without a name still leaves a mark.
  const holder = holderName.trim().slice(0, 200) || 'poste sans nom';
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    const head = await lockHead(client);
    const earlier = await readHandback(client, pool);
    if (earlier === undefined) {
      await client.query('ROLLBACK');
      return ok(null);
    }
    if (!head) {
      await client.query('ROLLBACK');
      return err(appError('register.notOpened'));
    }
    if (earlier?.holder === holder) {
      await client.query('ROLLBACK');
      return ok(earlier);
    }
    const { rows } = await client.query<HandbackRow>(
      'INSERT INTO register_handbacks (seq, hash, holder) VALUES ($1, $2, $3) RETURNING seq, hash, holder, taken_at',
      [head.seq, head.hash, holder],
    );
    await client.query('COMMIT');
    const row = rows[0];
    if (!row) throw new Error('marque de reprise non relue');
    return ok(toHandback(row));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
