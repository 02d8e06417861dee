// The register's events as the shared look-ups read them (shared/register/stored-lookups.ts),
// through the server's primary key and indexes (migrations.ts, version 2), inside the
// validation's transaction: the same questions IndexedDB answers on one PC.
import type pg from 'pg';
import { asPatientDispensation } from '../../shared/prescription/history';
import type { RegisterEvent } from '../../shared/register/events';
import type { ReceiptEvent, RegisterReader } from '../../shared/register/stored-lookups';
import type { Allocation } from '../../shared/stock/lot-ledger';

export function serverReader(client: pg.ClientBase): RegisterReader {
  return {
    async eventAt(seq) {
      const { rows } = await client.query<{ event: RegisterEvent }>('SELECT event FROM register_events WHERE seq = $1', [seq]);
      return rows[0]?.event;
    },
    async receiptsOf({ productId, lot }) {
      const { rows } = await client.query<{ event: ReceiptEvent }>(
        "SELECT event FROM register_events WHERE type = 'receipt' AND event->>'lot' = $1 AND event->>'productId' = $2 ORDER BY seq",
        [lot, productId],
      );
      return rows.map((row) => row.event);
    },
    async patientDispensations(name, since) {
      // As IndexedDB's [recipient.name+prescription.date] index reads them: by prescription date, then order number.
      const { rows } = await client.query<{ event: RegisterEvent }>(
        `SELECT event FROM register_events
          WHERE type = 'dispensation' AND event->'recipient'->>'name' = $1 AND (event->'prescription'->>'date') COLLATE "C" >= $2
          ORDER BY (event->'prescription'->>'date') COLLATE "C", seq`,
        [name, since],
      );
      return rows.flatMap(({ event }) => {
        const facts = event.type === 'dispensation' ? asPatientDispensation(event) : null;
        return facts ? [facts] : [];
      });
    },
    async allocations(seqs) {
      if (seqs.length === 0) return [];
      const { rows } = await client.query<{ seq: number; parts: Allocation }>('SELECT seq, parts FROM register_lot_allocations WHERE seq = ANY($1)', [
        [...seqs],
      ]);
      const bySeq = new Map(rows.map((row) => [row.seq, row]));
      return seqs.map((seq) => bySeq.get(seq));
    },
  };
}
