import { describe, expect, it } from 'vitest';
import { isMovement, type RegisterEvent } from '../../../shared/register/events';
import { foldEvents } from '../../../shared/register/fold';
import { addDays, expiringLots, heldLots, type LotStock } from '../../../shared/stock/lots';
import { balanceAfter, EMPTY_STOCK, stockDelta } from '../../../shared/stock/movements';
import type { Draft } from '../../../shared/register/validate';
import { correctionDraft, dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { openingBalanceDraft, patientReturnDraft, quarantineMoveDraft, supplierReturnDraft, theftDraft } from '../register/drafts';

/** Seals a register's drafts, each decided against the state the ones before it leave. */
function seal(drafts: Draft[]): RegisterEvent[] {
  return sealAll(drafts);
}

const START = [on('2026-03-02', openingDraft()), on('2026-03-02', productDraft())];
const receipt = (day: string, lot: string, expiry: string, quantity: number) =>
  on(day, receiptDraft({ lot, expiry, quantity: units(quantity), deliveryRef: `BL-${lot}` }));
const dispense = (day: string, quantity: number) => on(day, dispensationDraft({ quantity: units(quantity) }));

/** The lots the register's state holds after these events. */
const lotStocks = (events: readonly RegisterEvent[]): LotStock[] => heldLots(foldEvents(events).products);

function held(lots: LotStock[]) {
  return lots.map((lot) => [lot.lot, lot.expiry, lot.dispensable / 1000, lot.quarantine / 1000]);
}

describe('the lots of the register’s state', () => {
  it('takes exits that name no lot from the lot that expires first (FEFO), whatever order they came in', () => {
    const events = seal([...START, receipt('2026-03-06', 'LATE', '2027-12', 10), receipt('2026-03-07', 'EARLY', '2026-09', 10), dispense('2026-03-08', 14)]);
    // EARLY is emptied: the state keeps only the lots that still hold units.
    expect(held(lotStocks(events))).toEqual([['LATE', '2027-12', 6, 0]]);
  });

  it('between two lots of the same month, takes the one received first', () => {
    const events = seal([...START, receipt('2026-03-06', 'A', '2026-09', 5), receipt('2026-03-07', 'B', '2026-09', 5), dispense('2026-03-08', 7)]);
    expect(held(lotStocks(events))).toEqual([['B', '2026-09', 3, 0]]);
  });

  it('takes stock carried over without a lot first, as the oldest on the shelf', () => {
    const events = seal([
      ...START,
      on('2026-03-02', openingBalanceDraft({ quantity: units(4) })),
      receipt('2026-03-06', 'A', '2026-09', 10),
      dispense('2026-03-08', 6),
    ]);
    expect(held(lotStocks(events))).toEqual([['A', '2026-09', 8, 0]]);
  });

  it('sets aside the lot a mise en quarantaine names, and moves it back when it is corrected', () => {
    const drafts = [
      ...START,
      receipt('2026-03-06', 'A', '2026-04', 10),
      receipt('2026-03-07', 'B', '2027-02', 10),
      on('2026-03-09', quarantineMoveDraft({ lot: 'B', quantity: units(4) })),
    ];
    const moved = seal(drafts);
    expect(held(lotStocks(moved))).toEqual([
      ['A', '2026-04', 10, 0],
      ['B', '2027-02', 6, 4],
    ]);
    const corrected = seal([...drafts, on('2026-03-09', correctionDraft(5, { reason: 'produit' }))]);
    expect(held(lotStocks(corrected))).toEqual([
      ['A', '2026-04', 10, 0],
      ['B', '2027-02', 10, 0],
    ]);
  });

  it('sets aside by FEFO when no lot is named, and takes exits from quarantine FEFO too', () => {
    const events = seal([
      ...START,
      receipt('2026-03-06', 'A', '2026-03', 5),
      receipt('2026-03-07', 'B', '2027-02', 10),
      on('2026-03-09', quarantineMoveDraft({ lot: undefined, quantity: units(7) })),
      on('2026-03-09', supplierReturnDraft({ compartment: 'quarantine', quantity: units(6) })),
    ]);
    expect(held(lotStocks(events))).toEqual([['B', '2027-02', 8, 1]]);
  });

  it('gives a cancelled exit back to the lots it was taken from, and takes a cancelled receipt out of its own lot', () => {
    const events = seal([
      ...START,
      receipt('2026-03-06', 'A', '2026-03', 5),
      receipt('2026-03-07', 'B', '2027-02', 10),
      dispense('2026-03-08', 7), // 5 from A, 2 from B
      on('2026-03-09', correctionDraft(5, { reason: 'quantite' })),
      on('2026-03-09', correctionDraft(4, { reason: 'doublon' })), // receipt of B cancelled
    ]);
    // A, emptied by the dispensation, comes back with its expiry and its first receipt.
    expect(lotStocks(events).map((lot) => [lot.lot, lot.expiry, lot.firstReceipt, lot.dispensable / 1000])).toEqual([['A', '2026-03', 3, 5]]);
  });

  it('takes a lot number received again, once emptied, as the same lot: first receipt kept, the earlier expiry', () => {
    const drafts = [
      ...START,
      receipt('2026-03-06', 'A', '2026-11', 5),
      receipt('2026-03-07', 'B', '2026-10', 5),
      dispense('2026-03-08', 10), // B (expires first), then A: both emptied
      receipt('2026-03-09', 'A', '2027-01', 4),
      receipt('2026-03-09', 'C', '2026-11', 4),
    ];
    // A keeps its first receipt (3) and its earlier expiry: of the two lots of November, it was received first.
    expect(lotStocks(seal(drafts)).map((lot) => [lot.lot, lot.expiry, lot.firstReceipt, lot.dispensable / 1000])).toEqual([
      ['A', '2026-11', 3, 4],
      ['C', '2026-11', 7, 4],
    ]);
    expect(held(lotStocks(seal([...drafts, dispense('2026-03-10', 5)])))).toEqual([['C', '2026-11', 3, 0]]);
  });

  it('adds up, per compartment, to the product’s stock; a patient return stays out of every lot', () => {
    const events = seal([
      ...START,
      receipt('2026-03-06', 'A', '2026-03', 20),
      on('2026-03-07', patientReturnDraft({ quantity: units(3) })),
      dispense('2026-03-08', 4),
      on('2026-03-08', theftDraft({ quantity: units(2) })),
      on('2026-03-09', quarantineMoveDraft({ lot: 'A', quantity: units(5) })),
    ]);
    const lots = lotStocks(events);
    expect(held(lots)).toEqual([['A', '2026-03', 9, 5]]);
    const stock = events.filter(isMovement).reduce((balance, event) => balanceAfter(balance, stockDelta(event)), EMPTY_STOCK);
    expect(stock).toEqual({ total: units(17), quarantine: units(8) }); // 9 + 5 in lot A, 3 returned by a patient
  });

  it('keeps each product’s lots apart', () => {
    const events = seal([
      ...START,
      on('2026-03-02', productDraft({ designation: 'Fentanyl 25 µg/h' })),
      receipt('2026-03-06', 'A', '2026-03', 5),
      on('2026-03-06', receiptDraft({ productId: 'P3', lot: 'F1', expiry: '2026-04', quantity: units(8) })),
      dispense('2026-03-08', 2),
    ]);
    expect(lotStocks(events).map((lot) => [lot.productId, lot.lot, lot.dispensable / 1000])).toEqual([
      ['P2', 'A', 3],
      ['P3', 'F1', 8],
    ]);
  });
});

describe('expiringLots', () => {
  const lot = (name: string, expiry: string, dispensable = 5, firstReceipt = 3): LotStock => ({
    productId: 'P2',
    lot: name,
    expiry,
    firstReceipt,
    dispensable: units(dispensable),
    quarantine: units(0),
  });

  it('lists lots expired or usable for at most 60 more days, soonest first, with how far they are', () => {
    const lots = [lot('LATER', '2026-07'), lot('FAR', '2026-08'), lot('GONE', '2026-03'), lot('NOW', '2026-04'), lot('NEXT', '2026-05')];
    // On 15 April 2026 the window ends on 14 June: a lot of May is usable until 31 May, one of June until 30 June.
    expect(expiringLots(lots, '2026-04-15').map((found) => [found.lot, found.status, found.usableUntil])).toEqual([
      ['GONE', 'expired', '2026-03-31'],
      ['NOW', 'thisMonth', '2026-04-30'],
      ['NEXT', 'soon', '2026-05-31'],
    ]);
  });

  it('takes a lot whose last day is exactly the 60th day, not the day after', () => {
    expect(expiringLots([lot('JUNE', '2026-06')], '2026-05-01').map((found) => found.lot)).toEqual(['JUNE']); // 30 June = 1 May + 60
    expect(expiringLots([lot('JUNE', '2026-06')], '2026-04-30')).toEqual([]);
  });

  it('leaves out a lot with nothing left to dispense, even if part of it is in quarantine', () => {
    expect(expiringLots([{ ...lot('SET-ASIDE', '2026-03', 0), quarantine: units(5) }], '2026-04-15')).toEqual([]);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-20', 60)).toBe('2027-02-18');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
