// One product's register read by window: every window gives the lines and balances the
// whole history gives (shared/stock/movements.ts, registerLines), newest first, whether
// its balance is summed from the oldest line or down from the stock, with block sums
// read once and still right after new lines are recorded.
import { describe, expect, it } from 'vitest';
import { importEvents } from '../../../renderer/db/import-events';
import { productRegisterWindow, type LineFilter } from '../../../renderer/db/product-register-window';
import { balancesAround } from '../../../shared/stock/line-balances';
import { record } from '../../../renderer/db/record';
import { isMovement, type RegisterEvent } from '../../../shared/register/events';
import { registerLines } from '../../../shared/stock/movements';
import { trackedDatabase } from '../../fixtures/database';
import { dispensationDraft, on, units } from '../../fixtures/drafts';
import { restoreTo } from '../../fixtures/events';
import { accepted } from '../../fixtures/result';
import { closedScenarioEvents, FENTANYL_ID, MORPHINE_ID } from '../../shared/editions/scenario';

/** The product's lines and balances, newest first, from its whole history. */
function reference(events: readonly RegisterEvent[], productId: string, keep: (event: RegisterEvent) => boolean = () => true) {
  const lines = registerLines(events.filter((event) => 'productId' in event && event.productId === productId)).filter(({ event }) => keep(event));
  return lines.map((line) => ({ seq: line.event.seq, balance: line.balance, correctedBy: line.correctedBy })).reverse();
}

async function windowOf(db: ReturnType<typeof trackedDatabase>, productId: string, from: number, to: number, block: number, filter: LineFilter = {}) {
  const read = await productRegisterWindow(db, productId, from, to, { block, filter });
  const balances = await read.balances();
  expect(balances).toHaveLength(read.events.length);
  return {
    ...read,
    lines: read.events.map((event, index) => ({ seq: event.seq, balance: balances[index], correctedBy: read.correctedBy.get(event.seq) ?? null })),
  };
}

async function restored() {
  const events = closedScenarioEvents();
  const db = trackedDatabase();
  accepted(await importEvents(db, events, restoreTo(events)));
  return { db, events };
}

describe('a product’s register read by window', () => {
  it('gives every window the lines and balances of the whole history, newest first, whatever the block size', async () => {
    const { db, events } = await restored();
    const expected = reference(events, MORPHINE_ID);
    // The scenario's morphine has a carried balance, receipts, many dispensations, corrections and a closure.
    expect(expected.length).toBeGreaterThan(30);
    expect(expected.some((line) => line.correctedBy !== null)).toBe(true);
    for (const block of [1, 4, 7, 1000]) {
      for (const [from, to] of [
        [0, 10],
        [3, 17],
        [expected.length - 12, expected.length],
        [Math.floor(expected.length / 2) - 5, Math.floor(expected.length / 2) + 6],
        [0, expected.length + 50],
      ] as const) {
        const read = await windowOf(db, MORPHINE_ID, from, to, block);
        expect(read.count).toBe(expected.length);
        expect(read.from).toBe(from);
        expect(read.lines).toEqual(expected.slice(from, to));
      }
    }
  });

  it('counts only the lines: the product’s definition and the closure are not lines of its register', async () => {
    const { db, events } = await restored();
    const productEvents = events.filter((event) => 'productId' in event && event.productId === FENTANYL_ID);
    expect(productEvents.some((event) => !isMovement(event))).toBe(true);
    const read = await windowOf(db, FENTANYL_ID, 0, 1000, 4);
    expect(read.count).toBe(productEvents.filter(isMovement).length);
    expect(read.lines).toEqual(reference(events, FENTANYL_ID));
  });

  it('stays right once new lines are recorded after block sums were kept', async () => {
    const { db, events } = await restored();
    const expected = reference(events, MORPHINE_ID);
    // Summed from the oldest line: the blocks below the middle are kept.
    await windowOf(db, MORPHINE_ID, expected.length - 10, expected.length, 4);
    const added = accepted(
      await record(
        db,
        [on('2026-04-15', dispensationDraft({ productId: MORPHINE_ID, quantity: units(1), ordonnancierNumber: '2026-999' }))],
        new Date(2026, 3, 15, 18, 0),
      ),
    );
    const after = reference([...events, ...added], MORPHINE_ID);
    expect(after.length).toBe(expected.length + 1);
    for (const [from, to] of [
      [0, 5],
      [after.length - 10, after.length],
      [10, 20],
    ] as const) {
      expect((await windowOf(db, MORPHINE_ID, from, to, 4)).lines).toEqual(after.slice(from, to));
    }
  });

  it('gives the lines before their balances, which come from the same snapshot even once a line is recorded', async () => {
    const { db, events } = await restored();
    const expected = reference(events, MORPHINE_ID);
    // Near the newest line: the balance is the stock of the snapshot less the lines above.
    const read = await productRegisterWindow(db, MORPHINE_ID, 3, 13, { block: 4 });
    expect(read.events.map((event) => event.seq)).toEqual(expected.slice(3, 13).map((line) => line.seq));
    // A line recorded between the lines and their balances changes neither.
    accepted(
      await record(
        db,
        [on('2026-04-15', dispensationDraft({ productId: MORPHINE_ID, quantity: units(1), ordonnancierNumber: '2026-998' }))],
        new Date(2026, 3, 15, 18, 0),
      ),
    );
    expect(await read.balances()).toEqual(expected.slice(3, 13).map((line) => line.balance));
  });

  it('derives every balance of a window from any one of its lines whose balance is known', async () => {
    const { db, events } = await restored();
    const expected = reference(events, MORPHINE_ID);
    const read = await productRegisterWindow(db, MORPHINE_ID, 5, 25);
    const wanted = expected.slice(5, 25).map((line) => line.balance);
    for (const known of [0, 7, 19]) {
      expect(balancesAround(read.events, known, wanted[known] ?? units(0))).toEqual(wanted);
    }
    expect(balancesAround(read.events, 20, units(0))).toEqual([]);
  });

  it('reads a period, a kind, or both, by the indexes, with the balances of the whole register', async () => {
    const { db, events } = await restored();
    const days = [...new Set(reference(events, MORPHINE_ID).map((line) => events.find((event) => event.seq === line.seq)?.operationDate ?? ''))].sort();
    const firstDay = days[Math.floor(days.length / 4)] ?? '';
    const lastDay = days[Math.floor((days.length * 3) / 4)] ?? '';
    const cases: { filter: LineFilter; keep: (event: RegisterEvent) => boolean }[] = [
      { filter: { firstDay, lastDay }, keep: (event) => event.operationDate >= firstDay && event.operationDate <= lastDay },
      { filter: { firstDay }, keep: (event) => event.operationDate >= firstDay },
      { filter: { lastDay }, keep: (event) => event.operationDate <= lastDay },
      { filter: { kind: 'dispensation' }, keep: (event) => event.type === 'dispensation' },
      { filter: { kind: 'receipt' }, keep: (event) => event.type === 'receipt' },
      {
        filter: { kind: 'dispensation', firstDay, lastDay },
        keep: (event) => event.type === 'dispensation' && event.operationDate >= firstDay && event.operationDate <= lastDay,
      },
    ];
    for (const { filter, keep } of cases) {
      const expected = reference(events, MORPHINE_ID, keep);
      // Each filter keeps some lines and leaves others out, so that hidden lines lie between those shown.
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(reference(events, MORPHINE_ID).length);
      for (const block of [1, 4, 1000]) {
        for (const [from, to] of [
          [0, 5],
          [1, expected.length - 1],
          [0, expected.length + 10],
        ] as const) {
          const read = await windowOf(db, MORPHINE_ID, from, to, block, filter);
          expect(read.count).toBe(expected.length);
          expect(read.lines).toEqual(expected.slice(from, to));
        }
      }
    }
  });

  it('reads nothing of a period without lines', async () => {
    const { db } = await restored();
    const read = await windowOf(db, MORPHINE_ID, 0, 10, 4, { firstDay: '1990-01-01', lastDay: '1990-12-31' });
    expect(read.count).toBe(0);
    expect(read.lines).toEqual([]);
  });
});
