// The lots' past read from the database (lot-recall.ts): a register restored one event per
// page, so that every correction names a movement of an earlier page and every lot
// received again was emptied in an earlier page, keeps the lots the fold of the whole
// journal gives, and the attributions the replay would keep.
import { describe, expect, it } from 'vitest';
import { importEvents } from '../../../renderer/db/import-events';
import { registerLots } from '../../../renderer/db/queries';
import { record } from '../../../renderer/db/record';
import { readStoredState, stateRow } from '../../../renderer/db/state-row';
import type { RegisterEvent } from '../../../shared/register/events';
import { foldEvents } from '../../../shared/register/fold';
import { LotLedger } from '../../../shared/stock/lot-ledger';
import { heldLots } from '../../../shared/stock/lots';
import { correctionDraft, dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { trackedDatabase } from '../../fixtures/database';
import { restoreTo } from '../../fixtures/events';
import { accepted } from '../../fixtures/result';

const NOW = new Date(2026, 2, 20, 12, 0);
const receipt = (day: string, lot: string, expiry: string, quantity: number) =>
  on(day, receiptDraft({ lot, expiry, quantity: units(quantity), deliveryRef: `BL-${lot}-${day}` }));

/** Lots emptied, received again, put back by corrections: recorded through the write door. */
async function journal(): Promise<RegisterEvent[]> {
  return accepted(
    await record(
      trackedDatabase(),
      [
        on('2026-03-02', openingDraft()),
        on('2026-03-02', productDraft()),
        receipt('2026-03-03', 'A', '2026-09', 5), // 3
        receipt('2026-03-03', 'B', '2026-10', 5), // 4
        on('2026-03-04', dispensationDraft({ quantity: units(8) })), // 5: all of A, 3 of B
        receipt('2026-03-05', 'A', '2027-01', 4), // 6: A again, still of September
        on('2026-03-06', dispensationDraft({ quantity: units(6) })), // 7: 4 of A, 2 of B: both emptied
        on('2026-03-07', correctionDraft(5, { reason: 'quantite' })), // 8: 5 back to A, 3 to B
        on('2026-03-08', correctionDraft(6, { reason: 'doublon' })), // 9: the second receipt of A taken back
      ],
      NOW,
    ),
  );
}

describe('the lots’ past, read from the database', () => {
  it('gives the lots of the whole journal’s fold to a register restored one event per page', async () => {
    const events = await journal();
    const db = trackedDatabase();
    for (const event of events) accepted(await importEvents(db, [event], restoreTo(events)));
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents(events)));
    expect(await registerLots(db)).toEqual(heldLots(foldEvents(events).products));
    expect((await registerLots(db)).map((lot) => [lot.lot, lot.expiry, lot.firstReceipt, lot.dispensable])).toEqual([
      ['A', '2026-09', 3, units(1)],
      ['B', '2026-10', 4, units(3)],
    ]);
    const ledger = new LotLedger();
    foldEvents(events, undefined, ledger);
    expect(await db.lotAllocations.orderBy('seq').toArray()).toEqual(ledger.noted().map(([seq, parts]) => ({ seq, parts })));
  });
});
