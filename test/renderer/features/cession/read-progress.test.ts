import { describe, expect, it } from 'vitest';
import { dexieStore } from '../../../../renderer/db/dexie-store';
import type { RegisterStore } from '../../../../renderer/db/register-store';
import { readClosureProgress, readCessionStep } from '../../../../renderer/features/cession/read-progress';
import type { RegisterEvent } from '../../../../shared/register/events';
import type { StockBalance } from '../../../../shared/stock/movements';
import { record } from '../../../../renderer/db/record';
import { listDossiers } from '../../../../renderer/features/destruction/record-destruction';
import { trackedDatabase } from '../../../fixtures/database';
import { accepted } from '../../../fixtures/result';
import { NOW, officineDrafts } from '../../db/every-draft';
import { HOLDER, stock, units } from '../../../fixtures/drafts';

/** A register holding these events as they are; its stock by product is the one given (the monthly totals are not the point here). */
async function storeWith(events: readonly RegisterEvent[], balances: ReadonlyMap<string, StockBalance> = new Map()): Promise<RegisterStore> {
  const db = trackedDatabase();
  await db.events.bulkAdd([...events]);
  return { ...dexieStore(db), stock: async () => new Map(balances) };
}

async function cessionStep(events: readonly RegisterEvent[]) {
  return readCessionStep(await storeWith(events));
}

async function closureProgress(events: readonly RegisterEvent[], balances: ReadonlyMap<string, StockBalance>) {
  return readClosureProgress(await storeWith(events, balances));
}

const BUYER = { name: 'Yann Le Floch', orderNumber: '10007654321' };

function event(seq: number, body: Record<string, unknown>): RegisterEvent {
  return {
    format: 1,
    seq,
    prevHash: '0'.repeat(64),
    recordedAt: '2026-03-10T10:00:00.000Z',
    operationDate: '2026-03-10',
    validatedBy: HOLDER,
    hash: 'f'.repeat(64),
    ...body,
  } as unknown as RegisterEvent;
}

const receipt = event(3, { type: 'receipt', productId: 'P2', quantity: units(30) });
const contradictory = event(4, { type: 'inventory.taken', lines: [], countedBy: 'x', counterParty: BUYER });
const adjustment = event(5, {
  type: 'inventory.adjustment',
  productId: 'P2',
  quantity: units(1),
  compartment: 'dispensable',
  direction: 'exit',
  inventory: 4,
  reason: 'Casse',
});
const transfer = event(6, {
  type: 'edition.produced',
  edition: 'transfer-inventory',
  inventory: 4,
  from: '2026-03-10',
  to: '2026-03-10',
  fileName: 'cession.pdf',
  sha256: 'a'.repeat(64),
  size: 1,
});
const change = event(7, { type: 'holder.changed', holder: BUYER, inventory: 4 });

describe('cessionStep: where the cession stands, from the register alone', () => {
  it('starts with the cut-off, the buyer and the inventory', async () => {
    expect(await cessionStep([receipt])).toEqual({ step: 'inventory' });
  });

  it('asks for the transfer PDF once the contradictory inventory is recorded, whatever its écarts', async () => {
    expect(await cessionStep([receipt, contradictory, adjustment])).toMatchObject({ step: 'transfer-pdf', inventory: { seq: 4 } });
  });

  it('asks for the change of holder once the PDF is archived', async () => {
    expect(await cessionStep([receipt, contradictory, adjustment, transfer])).toMatchObject({ step: 'hand-over', inventory: { seq: 4 }, edition: { seq: 6 } });
  });

  it('is done once the holder has changed', async () => {
    expect(await cessionStep([receipt, contradictory, adjustment, transfer, change])).toMatchObject({
      step: 'done',
      change: { seq: 7 },
      inventory: { seq: 4 },
    });
  });

  it('goes back to the inventory when stock moved after it, naming the stale one', async () => {
    const dispensed = event(7, { type: 'dispensation', productId: 'P2', quantity: units(1) });
    expect(await cessionStep([receipt, contradictory, adjustment, transfer, dispensed])).toMatchObject({ step: 'inventory', stale: { seq: 4 } });
  });

  it('ignores an ordinary inventory', async () => {
    const ordinary = event(4, { type: 'inventory.taken', lines: [], countedBy: 'x' });
    expect(await cessionStep([receipt, ordinary])).toEqual({ step: 'inventory' });
  });
});

describe('closureProgress: what the closure wizard shows done', () => {
  const finalInventory = event(4, { type: 'inventory.taken', lines: [], countedBy: 'x' });
  const moved = event(5, { type: 'quarantine.moved', productId: 'P2', quantity: units(30), reason: 'other' });
  const destroyed = event(6, { type: 'destruction', productId: 'P2', quantity: units(30), dossier: 'PV-2026-001' });
  const journal = event(7, {
    type: 'edition.produced',
    edition: 'period-journal',
    from: '2026-03-02',
    to: '2026-03-10',
    fileName: 'registre.pdf',
    sha256: 'a'.repeat(64),
    size: 1,
  });
  const closed = event(8, { type: 'register.closed', reason: 'Cessation', depositedWith: { authority: 'ARS', address: 'ARS' } });
  const slip = event(9, {
    type: 'edition.produced',
    edition: 'transmittal',
    from: '2026-03-02',
    to: '2026-03-10',
    fileName: 'bordereau.pdf',
    sha256: 'b'.repeat(64),
    size: 1,
  });

  it('sees no final inventory, dispensable stock left', async () => {
    expect(await closureProgress([receipt], new Map([['P2', stock(30)]]))).toEqual({ dispensableLeft: true, stockLeft: true });
  });

  it('keeps the final inventory through the moves to quarantine and the destructions, not through another movement', async () => {
    expect(await closureProgress([receipt, finalInventory, moved, destroyed], new Map([['P2', stock(0)]]))).toMatchObject({
      finalInventory: { seq: 4 },
      dispensableLeft: false,
      stockLeft: false,
    });
    const dispensed = event(5, { type: 'dispensation', productId: 'P2', quantity: units(1) });
    expect(await closureProgress([receipt, finalInventory, dispensed], new Map([['P2', stock(29)]]))).not.toHaveProperty('finalInventory');
  });

  it('tells quarantine alone from dispensable stock', async () => {
    expect(await closureProgress([receipt, finalInventory, moved], new Map([['P2', stock(30, 30)]]))).toMatchObject({
      dispensableLeft: false,
      stockLeft: true,
    });
  });

  it('counts as final only a journal produced after the last movement, then the closure and the slip after it', async () => {
    const early = event(4, { ...journal, seq: 4 });
    expect(await closureProgress([receipt, early, moved], new Map())).not.toHaveProperty('finalEdition');
    expect(await closureProgress([receipt, finalInventory, moved, destroyed, journal, closed, slip], new Map([['P2', stock(0)]]))).toMatchObject({
      finalEdition: { seq: 7 },
      closed: { seq: 8 },
      transmittal: { seq: 9 },
    });
  });
});

it('goes through every step of the cession, the closure’s inventory and the closure on the journal with every kind of event, and lists its dossier', async () => {
  const events = accepted(await record(trackedDatabase(), officineDrafts(), NOW));
  const db = trackedDatabase();
  const store = dexieStore(db);
  const steps = new Set<string>();
  const done = new Set<string>();
  for (const event of events) {
    // Added as they are: the state is folded from the journal when no row describes its head.
    await db.events.add(event);
    steps.add((await readCessionStep(store)).step);
    for (const [fact, value] of Object.entries(await readClosureProgress(store))) if (typeof value === 'object') done.add(fact);
  }
  expect([...steps].sort()).toEqual(['done', 'hand-over', 'inventory', 'transfer-pdf']);
  // That journal produces no journal edition after its last movement: see above.
  expect([...done].sort()).toEqual(['closed', 'finalInventory']);
  // The latest first.
  expect((await listDossiers(store)).map((dossier) => dossier.planned.dossier)).toEqual(['PV-2026-002', 'PV-2026-001']);
});
