// The register's state in the database: one row, written in the same transaction as the
// events it describes, so that it is never behind or ahead of them. The log stays the
// truth: a row missing, of another shape or at another head is folded again from it.
import Dexie from 'dexie';
import { evolve } from '../../shared/register/evolve';
import { emptyState, type RegisterState } from '../../shared/register/register-state';
import { fromStateRecord, STATE_FORMAT, toStateRecord, type StateRecord } from '../../shared/register/state-record';
import { LotLedger } from '../../shared/stock/lot-ledger';
import type { RegisterDatabase } from './database';
import { keepAllocations } from './lot-recall';

export const STATE_KEY = 'register';

export type StateRow = StateRecord & { key: typeof STATE_KEY };

export function stateRow(state: RegisterState): StateRow {
  return { key: STATE_KEY, ...toStateRecord(state) };
}

/** The stored row as it is, or null: for the integrity check, which compares it with the log. */
export async function readStoredState(db: RegisterDatabase): Promise<StateRow | null> {
  return (await db.state.get(STATE_KEY)) ?? null;
}

/** The state, and the lots' past learnt when it had to be folded from the log (null when the row was used). */
interface LoadedState {
  state: RegisterState;
  refolded: LotLedger | null;
}

async function loadState(db: RegisterDatabase): Promise<LoadedState> {
  // Both reads started at once: a live query observes only the reads started while its zone lives.
  const [row, last] = await Promise.all([readStoredState(db), db.events.orderBy('seq').last()]);
  if (!last) return { state: emptyState(), refolded: null };
  if (row && row.format === STATE_FORMAT && row.head?.seq === last.seq && row.head.hash === last.hash) {
    const { key: _key, ...record } = row;
    return { state: fromStateRecord(record), refolded: null };
  }
  const state = emptyState();
  const ledger = new LotLedger();
  await db.events.orderBy('seq').each((event) => void evolve(state, event, ledger));
  return { state, refolded: ledger };
}

/**
 * The last state read or written in this window, by database. After a write every screen's
 * live reads run again at once; each reads the last event (which is what makes them run
 * again at the next write) and, for the same head, shares one state rather than each
 * reading and rebuilding the row.
 */
const lastKnown = new WeakMap<RegisterDatabase, RegisterState>();

/** The state being loaded for a head, by database: the reads that ask meanwhile share it. */
const loading = new WeakMap<RegisterDatabase, { seq: number; hash: string; state: Promise<RegisterState> }>();

function knownAt(db: RegisterDatabase, last: { seq: number; hash: string } | undefined): RegisterState | undefined {
  const known = lastKnown.get(db);
  return last && known?.head && known.head.seq === last.seq && known.head.hash === last.hash ? known : undefined;
}

/**
 * The state after the database's last event, for reading only (it may be shared with the
 * other reads of the same head: never change it); inside a transaction over `events` and
 * `state`, or as a live query. The row is used when it describes exactly that event;
 * otherwise (an empty register, a row of another shape) the events are folded.
 */
export async function readState(db: RegisterDatabase): Promise<RegisterState> {
  const last = await db.events.orderBy('seq').last();
  const known = knownAt(db, last);
  if (known) return known;
  // After a write made elsewhere (another window, the bench's page, a restore), every
  // live read of the screen asks at once: the first loads the row, the others wait for it
  // rather than each reading and rebuilding the same state.
  const underway = loading.get(db);
  // Inside a transaction, the wait keeps it open (IndexedDB ends one left without a request).
  if (last && underway && underway.seq === last.seq && underway.hash === last.hash)
    return Dexie.currentTransaction ? Dexie.waitFor(underway.state) : underway.state;
  const state = loadState(db).then(({ state: loaded }) => {
    lastKnown.set(db, loaded);
    return loaded;
  });
  if (last) {
    loading.set(db, { seq: last.seq, hash: last.hash, state });
    const forget = () => {
      if (loading.get(db)?.state === state) loading.delete(db);
    };
    state.then(forget, forget);
  }
  return state;
}

/**
 * The state the write door and the import continue, inside a writing transaction over
 * `events`, `state` and `lotAllocations`: a row that had to be folded again from the log
 * has its lots' attributions written back too, for the corrections to come.
 */
export async function readStateForWriting(db: RegisterDatabase): Promise<RegisterState> {
  const { state, refolded } = await loadState(db);
  if (refolded) await keepAllocations(db, refolded);
  return state;
}

export async function writeState(db: RegisterDatabase, state: RegisterState): Promise<void> {
  await db.state.put(stateRow(state));
}

/**
 * Once a write has committed, the state it wrote is what the screens read next: they take
 * it without reading the row back. The writer hands it over and changes it no more.
 */
export function rememberWrittenState(db: RegisterDatabase, state: RegisterState): void {
  lastKnown.set(db, state);
}
