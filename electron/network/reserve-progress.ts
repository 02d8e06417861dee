// How far the reserve journal (the second medium, art. R. 5132-36 du code de la santé
// publique) is written, told to every counter. In network mode the reserve is written by
// one PC only, and only while the app runs there (reserve-from-server.ts): the other
// counters cannot see its folder. That PC notes on the server, after each append, the
// order number its reserve has reached; every counter's banner reads it and shows the lag.
import type pg from 'pg';
import type { ReserveProgress } from '../../shared/ipc/network';

/** Notes that `holder`'s reserve is written up to `seq`; a note never goes backwards. */
export async function noteReserveProgress(pool: pg.Pool, holder: string, seq: number): Promise<void> {
  await pool.query(
    `INSERT INTO register_reserves (holder, seq, written_at) VALUES ($1, $2, clock_timestamp())
       ON CONFLICT (holder) DO UPDATE SET seq = GREATEST(register_reserves.seq, EXCLUDED.seq), written_at = EXCLUDED.written_at`,
    [holder, seq],
  );
}

/** Every reserve noted on the server, the furthest first; none on a server whose schema predates the notes. */
export async function readReserveProgress(pool: pg.Pool): Promise<ReserveProgress[]> {
  const { rows: table } = await pool.query<{ present: boolean }>("SELECT to_regclass('register_reserves') IS NOT NULL AS present");
  if (!table[0]?.present) return [];
  const { rows } = await pool.query<{ holder: string; seq: number; written_at: Date }>(
    'SELECT holder, seq, written_at FROM register_reserves ORDER BY seq DESC, holder',
  );
  return rows.map((row) => ({ holder: row.holder, seq: Number(row.seq), writtenAt: row.written_at.toISOString() }));
}
