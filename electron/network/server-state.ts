// The register's state on the server: one row beside the events, written in the same
// transaction as they are, so that it is never behind or ahead of them (as on one PC,
// renderer/db/state-row.ts). The events stay the truth: a row missing, of another shape
// or at another head is folded again from them, and the lots' past learnt is kept.
import type pg from 'pg';
import type { ChainHead } from '../../shared/register/chain-head';
import type { RegisterEvent } from '../../shared/register/events';
import { evolve } from '../../shared/register/evolve';
import { emptyState, type RegisterState } from '../../shared/register/register-state';
import { fromStateRecord, STATE_FORMAT, toStateRecord, type StateRecord } from '../../shared/register/state-record';
import { LotLedger } from '../../shared/stock/lot-ledger';

/** Events read at once when the state is folded again: memory stays flat. */
const FOLD_PAGE = 5_000;

/** Locks the head for the rest of the transaction and reads it: null before the first event. */
export async function lockHead(client: pg.ClientBase): Promise<ChainHead | null> {
  const { rows } = await client.query<ChainHead>('SELECT seq, hash FROM register_head FOR UPDATE');
  const head = rows[0];
  return head && head.seq > 0 ? { seq: head.seq, hash: head.hash } : null;
}

/** Events after `after`, at most `limit`, in order (the fold, the verification, a counter catching up). */
export async function eventsAfter(client: pg.ClientBase | pg.Pool, after: number, limit: number): Promise<RegisterEvent[]> {
  const { rows } = await client.query<{ event: RegisterEvent }>('SELECT event FROM register_events WHERE seq > $1 ORDER BY seq LIMIT $2', [after, limit]);
  return rows.map((row) => row.event);
}

/** The state after `head`, from its row when the row describes exactly that head, else folded from the events. */
export async function readServerState(client: pg.ClientBase, head: ChainHead | null): Promise<RegisterState> {
  if (!head) return emptyState();
  const { rows } = await client.query<{ record: StateRecord | null }>('SELECT record FROM register_state');
  const record = rows[0]?.record;
  if (record && record.format === STATE_FORMAT && record.head?.seq === head.seq && record.head.hash === head.hash) return fromStateRecord(record);
  const state = emptyState();
  const ledger = new LotLedger();
  for (let after = 0; ;) {
    const page = await eventsAfter(client, after, FOLD_PAGE);
    for (const event of page) evolve(state, event, ledger);
    const last = page.at(-1);
    if (!last) break;
    after = last.seq;
  }
  await keepServerAllocations(client, ledger);
  return state;
}

export async function writeServerState(client: pg.ClientBase, state: RegisterState): Promise<void> {
  await client.query('UPDATE register_state SET record = $1', [JSON.stringify(toStateRecord(state))]);
}

/** Keeps what a fold learnt of the lots' attributions; one already kept stays as it was. */
export async function keepServerAllocations(client: pg.ClientBase, ledger: LotLedger): Promise<void> {
  const rows = ledger.noted();
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO register_lot_allocations (seq, parts)
       SELECT * FROM unnest($1::integer[], $2::jsonb[]) ON CONFLICT (seq) DO NOTHING`,
    [rows.map(([seq]) => seq), rows.map(([, parts]) => JSON.stringify(parts))],
  );
}
