// Version 5 keeps each product's lots in the state (only those still holding units), reads
// how a lot was received through a new index of the events, and keeps what each movement
// was attributed for its correction. A database written by version 4 is opened by this
// one and folded again once, in the upgrade.
import { describe, expect, it } from 'vitest';
import { registerLots } from '../../../renderer/db/queries';
import { record } from '../../../renderer/db/record';
import { readStoredState, stateRow } from '../../../renderer/db/state-row';
import type { RegisterEvent } from '../../../shared/register/events';
import { foldEvents } from '../../../shared/register/fold';
import { STATE_FORMAT } from '../../../shared/register/state-record';
import { LotLedger } from '../../../shared/stock/lot-ledger';
import { correctionDraft, dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { version4Database } from '../../fixtures/earlier-databases';
import { trackedDatabase, uniqueDatabaseName } from '../../fixtures/database';
import { accepted, refusal } from '../../fixtures/result';
import { quarantineMoveDraft } from '../../shared/register/drafts';

const NOW = new Date(2026, 2, 10, 12, 0);

/** seq 3 receives lot A (September), 4 lot B (February), 5 dispenses 7: all 5 of A, 2 of B. */
async function journal(): Promise<RegisterEvent[]> {
  const db = trackedDatabase();
  return accepted(
    await record(
      db,
      [
        on('2026-03-02', openingDraft()),
        on('2026-03-02', productDraft()),
        on('2026-03-06', receiptDraft({ lot: 'A', expiry: '2026-09', quantity: units(5), deliveryRef: 'BL-A' })),
        on('2026-03-07', receiptDraft({ lot: 'B', expiry: '2027-02', quantity: units(10), deliveryRef: 'BL-B' })),
        on('2026-03-08', dispensationDraft({ quantity: units(7) })),
      ],
      NOW,
    ),
  );
}

/** The state row version 4 kept: of a product's lots, the numbers received, nothing of what is left. */
function firstShapeRow(events: readonly RegisterEvent[]): object {
  return { key: 'register', format: 1, head: { seq: events.length, hash: events.at(-1)?.hash }, products: [['P2', { lots: ['A', 'B'] }]] };
}

describe('version 5 of the database: the lots in the state', () => {
  it('folds a version 4 register again on opening: the row takes the new shape, the attributions are kept', async () => {
    const name = uniqueDatabaseName();
    const events = await journal();
    await version4Database(name, events, firstShapeRow(events));
    const db = trackedDatabase(name);
    const row = await readStoredState(db);
    expect(db.verno).toBeGreaterThanOrEqual(5); // opened by this version of the app, or a later one
    expect(row?.format).toBe(STATE_FORMAT);
    expect(row).toEqual(stateRow(foldEvents(events)));
    const ledger = new LotLedger();
    foldEvents(events, undefined, ledger);
    expect(await db.lotAllocations.toArray()).toEqual(ledger.noted().map(([seq, parts]) => ({ seq, parts })));
    // A, emptied by the dispensation, is no longer held; B is, with what is left of it.
    expect((await registerLots(db)).map((lot) => [lot.lot, lot.dispensable])).toEqual([['B', units(8)]]);
    expect(await db.events.orderBy('seq').toArray()).toEqual(events);
  });

  it('finds by the new index a lot received before the upgrade, emptied since, and refuses one never received', async () => {
    const name = uniqueDatabaseName();
    const earlier = await journal();
    await version4Database(name, earlier, firstShapeRow(earlier));
    const db = trackedDatabase(name);
    expect(refusal(await record(db, [on('2026-03-09', quarantineMoveDraft({ lot: 'Z', quantity: units(1) }))], NOW))).toMatchObject({
      code: 'quarantine.unknownLot',
    });
    accepted(await record(db, [on('2026-03-09', quarantineMoveDraft({ lot: 'A', quantity: units(1) }))], NOW));
  });

  it('gives a dispensation recorded before the upgrade, once corrected, back to the lots it was taken from', async () => {
    const name = uniqueDatabaseName();
    const events = await journal();
    await version4Database(name, events, firstShapeRow(events));
    const db = trackedDatabase(name);
    const next = accepted(await record(db, [on('2026-03-09', correctionDraft(5, { reason: 'quantite' }))], NOW));
    expect((await registerLots(db)).map((lot) => [lot.lot, lot.expiry, lot.firstReceipt, lot.dispensable])).toEqual([
      ['A', '2026-09', 3, units(5)],
      ['B', '2027-02', 4, units(10)],
    ]);
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents([...events, ...next])));
  });
});
