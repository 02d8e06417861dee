// The register's state in the database: one row, written in the same transaction as the
// events it describes, so that it is never behind or ahead of them. The log stays the
// truth: a row missing, of another shape or at another head is folded again from it.
import { evolve } from '../../shared/register/evolve';
import { emptyState, type RegisterState } from '../../shared/register/register-state';
import { fromStateRecord, STATE_FORMAT, toStateRecord, type StateRecord } from '../../shared/register/state-record';
import type { RegisterDatabase } from './database';

export const STATE_KEY = 'register';

export type StateRow = StateRecord & { key: typeof STATE_KEY };

export function stateRow(state: RegisterState): StateRow {
  return { key: STATE_KEY, ...toStateRecord(state) };
}

/** The stored row as it is, or null: for the integrity check, which compares it with the log. */
export async function readStoredState(db: RegisterDatabase): Promise<StateRow | null> {
  return (await db.state.get(STATE_KEY)) ?? null;
}

/**
 * The state after the database's last event; inside a transaction over `events` and
 * `state`. The row is used when it describes exactly that event; otherwise (an empty
 * register, a row of another shape) the events are folded, in that transaction.
 */
export async function readState(db: RegisterDatabase): Promise<RegisterState> {
  const [row, last] = await Promise.all([readStoredState(db), db.events.orderBy('seq').last()]);
  if (!last) return emptyState();
  if (row && row.format === STATE_FORMAT && row.head?.seq === last.seq && row.head.hash === last.hash) {
    const { key: _key, ...record } = row;
    return fromStateRecord(record);
  }
  const state = emptyState();
  await db.events.orderBy('seq').each((event) => void evolve(state, event));
  return state;
}

export async function writeState(db: RegisterDatabase, state: RegisterState): Promise<void> {
  await db.state.put(stateRow(state));
}
