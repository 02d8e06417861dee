import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import { appendEvents } from '../../../renderer/db/append-events';
import type { RegisterDatabase } from '../../../renderer/db/database';
import { productStock } from '../../../renderer/db/queries';
import { verifyChain } from '../../../shared/register/chain';
import type { Step } from '../../../shared/register/act';
import type { Draft } from '../../../shared/register/validate';
import { adjustmentDrafts, type InventoryLineDraft } from '../../../shared/register/validate-inventory';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { trackedDatabase } from '../../fixtures/database';
import { patientReturnDraft } from '../../shared/register/drafts';

const NOW = new Date(2026, 2, 10, 18, 0);
const TODAY = '2026-03-10';

/** P2 morphine: 30 received, 12 dispensed, 3 brought back (18 available, 3 in quarantine); P3 defined, never moved. */
async function register(db: RegisterDatabase) {
  for (const draft of [
    on('2026-03-02', openingDraft()),
    on('2026-03-02', productDraft()),
    on('2026-03-02', productDraft({ designation: 'Méthadone sirop', unit: 'mL' })),
    on('2026-03-03', receiptDraft({ productId: 'P2', quantity: units(30) })),
    on('2026-03-04', dispensationDraft({ productId: 'P2', quantity: units(12) })),
    on('2026-03-05', patientReturnDraft({ productId: 'P2', quantity: units(3) })),
  ]) {
    accepted(await appendEvent(db, draft, NOW));
  }
}

function inventory(lines: InventoryLineDraft[], day = TODAY): Draft {
  return { operationDate: day, body: { type: 'inventory.taken', lines, countedBy: 'Claire Martin' } };
}

/** The inventory and, once it is sealed, its adjustments: the way the Inventaire screen records it. */
function withAdjustments(draft: Draft): Step[] {
  return [draft, { adjustmentsOf: 0, operationDate: draft.operationDate }];
}

const COUNTED: InventoryLineDraft[] = [
  { productId: 'P2', compartment: 'dispensable', counted: units(17), method: 'count', reason: 'Gélule tombée, détruite sans inscription' },
  { productId: 'P2', compartment: 'quarantine', counted: units(4), method: 'count', reason: 'Retour patient non inscrit' },
  { productId: 'P3', compartment: 'dispensable', counted: units(0), method: 'weight' },
  { productId: 'P3', compartment: 'quarantine', counted: units(0), method: 'count' },
];

describe('appendEvents: an inventory and its adjustments, in one transaction', () => {
  it('records the inventory then one adjustment per variance naming it; the stock equals the count in each compartment', async () => {
    const db = trackedDatabase();
    await register(db);
    const sealed = accepted(await appendEvents(db, withAdjustments(inventory(COUNTED)), NOW));
    expect(sealed.map((event) => [event.seq, event.type])).toEqual([
      [7, 'inventory.taken'],
      [8, 'inventory.adjustment'],
      [9, 'inventory.adjustment'],
    ]);
    expect(sealed[0]).toMatchObject({ lines: [{ expected: units(18) }, { expected: units(3) }, { expected: 0 }, { expected: 0 }] });
    expect(sealed[1]).toMatchObject({ inventory: 7, productId: 'P2', compartment: 'dispensable', direction: 'exit', quantity: units(1), operationDate: TODAY });
    expect(sealed[2]).toMatchObject({ inventory: 7, productId: 'P2', compartment: 'quarantine', direction: 'entry', quantity: units(1) });
    // Balance 21, of which 4 in quarantine: 17 available, as counted.
    expect(await productStock(db, 'P2')).toEqual({ total: units(21), quarantine: units(4) });
    expect(await productStock(db, 'P3')).toEqual({ total: 0, quarantine: 0 });
    const stored = await db.events.toArray();
    expect(stored.slice(-3)).toStrictEqual(sealed);
    expect(verifyChain(stored)).toBeNull();
  });

  it('writes nothing when the inventory is refused: a variance without its reason', async () => {
    const db = trackedDatabase();
    await register(db);
    const before = { events: await db.events.toArray(), totals: await db.monthlyTotals.toArray() };
    const lines = COUNTED.map((line, index) => (index === 1 ? { ...line, reason: '' } : line));
    expect(refusal(await appendEvents(db, withAdjustments(inventory(lines)), NOW)).code).toBe('inventory.reasonRequired');
    expect({ events: await db.events.toArray(), totals: await db.monthlyTotals.toArray() }).toEqual(before);
  });

  it('writes nothing when an event after the first is refused: the inventory already added is rolled back', async () => {
    const db = trackedDatabase();
    await register(db);
    const before = { events: await db.events.toArray(), totals: await db.monthlyTotals.toArray() };
    // The second adjustment names a line without variance: refused after the inventory and the first adjustment were added.
    const steps = [
      ...withAdjustments(inventory(COUNTED)),
      // The inventory is sealed as n° 7, after the six events of the register.
      { operationDate: TODAY, body: { type: 'inventory.adjustment', inventory: 7, productId: 'P3', compartment: 'dispensable' } },
    ] satisfies Step[];
    expect(refusal(await appendEvents(db, steps, NOW)).code).toBe('inventory.noVariance');
    expect({ events: await db.events.toArray(), totals: await db.monthlyTotals.toArray() }).toEqual(before);
  });

  it('refuses to settle the same variance twice, and an inventory dated before the last movement', async () => {
    const db = trackedDatabase();
    await register(db);
    const [taken] = accepted(await appendEvents(db, withAdjustments(inventory(COUNTED)), NOW));
    const again = adjustmentDrafts(taken!)[0]!;
    expect(refusal(await appendEvents(db, [{ operationDate: TODAY, body: again }], NOW)).code).toBe('inventory.alreadyAdjusted');
    expect(refusal(await appendEvents(db, withAdjustments(inventory(COUNTED, '2026-03-04')), NOW)).code).toBe('inventory.beforeLastMovement');
  });

  it('records an inventory without variance alone, and the next inventory expects the counted stock', async () => {
    const db = trackedDatabase();
    await register(db);
    accepted(await appendEvents(db, withAdjustments(inventory(COUNTED)), NOW));
    const exact = COUNTED.map(({ reason: _reason, ...line }) => line);
    const second = accepted(await appendEvents(db, withAdjustments(inventory(exact)), NOW));
    expect(second.map((event) => event.type)).toEqual(['inventory.taken']);
    expect(second[0]).toMatchObject({ lines: [{ expected: units(17), counted: units(17) }, { expected: units(4), counted: units(4) }, {}, {}] });
  });
});
