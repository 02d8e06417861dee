// The establishment and the head a printed sheet's header shows, read on the hosted server
// as a counter reads them (the state row, else the opening event); before the register is
// opened, a header that says so.
import pg from 'pg';
import type { Establishment } from '../../../shared/register/events';
import type { ChainHead } from '../../../shared/register/chain-head';
import type { HostSettings } from './host-settings';

/** Before the register is opened the sheet has no establishment to print in its header. */
const NOT_OPENED: Establishment = { kind: 'officine', name: 'Registre partagé (pas encore ouvert)', address: '' };
const GENESIS: ChainHead = { seq: 0, hash: '0'.repeat(64) };

/** The establishment and head the sheet's header prints, read on the server as the counters read it. */
export async function registerFrame(settings: HostSettings): Promise<{ establishment: Establishment; head: ChainHead }> {
  // Through the loopback, which never leaves this PC (the counters' rule there asks no TLS).
  const { port, database, counter } = settings;
  const client = new pg.Client({ host: '127.0.0.1', port, database, user: counter.user, password: counter.password, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const head = await client.query<ChainHead>('SELECT seq, hash FROM register_head');
    const state = await client.query<{ establishment: Establishment | null }>("SELECT record->'establishment' AS establishment FROM register_state");
    const opened = await client.query<{ establishment: Establishment | null }>(
      "SELECT event->'establishment' AS establishment FROM register_events WHERE seq = 1",
    );
    return {
      establishment: state.rows[0]?.establishment ?? opened.rows[0]?.establishment ?? NOT_OPENED,
      head: head.rows[0] ? { seq: Number(head.rows[0].seq), hash: head.rows[0].hash } : GENESIS,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}
