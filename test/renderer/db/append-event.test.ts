import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../renderer/db/database';
import { findProduct, listProducts, productStock, readIdentity, stockByProduct } from '../../../renderer/db/queries';
import { verifyChain } from '../../../shared/register/chain';
import { GENESIS_HASH } from '../../../shared/register/events';
import { dispensationDraft, HOLDER, MORPHINE, on, openingDraft, productDraft, receiptDraft, units, VALID_CIP13 } from '../../fixtures/drafts';
import { trackedDatabase, uniqueDatabaseName } from '../../fixtures/database';
import { accepted, refusal } from '../../fixtures/result';

/** Local noon on 10 March 2026: "today" for the register, whatever the time zone. */
const NOW = new Date(2026, 2, 10, 12, 0);

/** Opens a register, defines P2, receives 30 in January and dispenses 12 in February. */
async function recordSlice(db: RegisterDatabase) {
  return [
    accepted(await appendEvent(db, on('2026-01-05', openingDraft()), NOW)),
    accepted(await appendEvent(db, on('2026-01-05', productDraft({ cip13: VALID_CIP13 })), NOW)),
    accepted(await appendEvent(db, on('2026-01-15', receiptDraft({ productId: 'P2', quantity: units(30) })), NOW)),
    accepted(await appendEvent(db, on('2026-02-03', dispensationDraft({ productId: 'P2', quantity: units(12) })), NOW)),
  ];
}

async function snapshot(db: RegisterDatabase) {
  return { events: await db.events.toArray(), totals: await db.monthlyTotals.toArray() };
}

describe('appendEvent: a register from opening to dispensation', () => {
  it('numbers the events 1 to 4 and chains them from the genesis hash', async () => {
    const db = trackedDatabase();
    const returned = await recordSlice(db);
    const stored = await db.events.toArray();
    expect(stored.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    expect(stored).toStrictEqual(returned);
    expect(stored[0]?.prevHash).toBe(GENESIS_HASH);
    expect(verifyChain(stored)).toBeNull();
  });

  it('has every later event validated by the holder named at the opening', async () => {
    const db = trackedDatabase();
    const [opening, ...later] = await recordSlice(db);
    expect(opening?.validatedBy).toEqual(HOLDER);
    expect(later.map((event) => event.validatedBy)).toEqual([HOLDER, HOLDER, HOLDER]);
    expect(later.map((event) => event.recordedAt)).toEqual([NOW.toISOString(), NOW.toISOString(), NOW.toISOString()]);
  });

  it('makes the register identity and the product readable', async () => {
    const db = trackedDatabase();
    await recordSlice(db);
    expect(await readIdentity(db)).toMatchObject({ registerId: 'REG-2026-001', holder: HOLDER });
    expect(await findProduct(db, 'P2')).toEqual({ definition: { ...MORPHINE, cip13: VALID_CIP13 }, active: true, hasMovements: true });
    expect(await listProducts(db)).toEqual([{ productId: 'P2', ...MORPHINE, cip13: VALID_CIP13, active: true }]);
  });

  it('keeps the stock as entries minus exits', async () => {
    const db = trackedDatabase();
    await recordSlice(db);
    expect(await productStock(db, 'P2')).toEqual({ total: units(18), quarantine: 0 });
    expect(await stockByProduct(db)).toEqual(new Map([['P2', { total: units(18), quarantine: 0 }]]));
  });

  it('totals entries and exits per product and month', async () => {
    const db = trackedDatabase();
    await recordSlice(db);
    await appendEvent(db, on('2026-02-20', receiptDraft({ quantity: units(14) })), NOW);
    expect(await db.monthlyTotals.toArray()).toEqual([
      { productId: 'P2', month: '2026-01', entries: units(30), exits: 0, quarantineEntries: 0, quarantineExits: 0 },
      { productId: 'P2', month: '2026-02', entries: units(14), exits: units(12), quarantineEntries: 0, quarantineExits: 0 },
    ]);
  });

  it('finds the same events after the database is closed and reopened', async () => {
    const name = uniqueDatabaseName();
    const db = trackedDatabase(name);
    const recorded = await recordSlice(db);
    db.close();
    const reopened = trackedDatabase(name);
    expect(await reopened.events.toArray()).toStrictEqual(recorded);
    expect((await productStock(reopened, 'P2')).total).toBe(units(18));
  });
});

describe('appendEvent: a refused draft writes nothing', () => {
  it('refuses a dispensation beyond the stock and leaves events and totals unchanged', async () => {
    const db = trackedDatabase();
    await recordSlice(db);
    const before = await snapshot(db);
    const result = await appendEvent(db, dispensationDraft({ quantity: units(19) }), NOW);
    expect(refusal(result)).toEqual({
      code: 'stock.insufficient',
      field: 'quantity',
      params: { available: '18', requested: '19' },
    });
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('refuses an operation dated tomorrow and leaves events and totals unchanged', async () => {
    const db = trackedDatabase();
    await recordSlice(db);
    const before = await snapshot(db);
    expect(refusal(await appendEvent(db, on('2026-03-11', receiptDraft()), NOW)).code).toBe('date.inFuture');
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('refuses a movement in a register that is not opened', async () => {
    const db = trackedDatabase();
    expect(refusal(await appendEvent(db, receiptDraft(), NOW)).code).toBe('register.notOpened');
    expect(await db.events.count()).toBe(0);
  });

  it('refuses a receipt of a product that was never defined', async () => {
    const db = trackedDatabase();
    await recordSlice(db);
    expect(refusal(await appendEvent(db, receiptDraft({ productId: 'P3' }), NOW))).toEqual({
      code: 'product.unknown',
      field: 'productId',
    });
    expect(await db.events.count()).toBe(4);
  });

  it('refuses a second product with a CIP13 already in the register, naming the first', async () => {
    const db = trackedDatabase();
    await recordSlice(db);
    const result = await appendEvent(db, productDraft({ designation: 'Autre', cip13: ` ${VALID_CIP13}` }), NOW);
    expect(refusal(result)).toEqual({
      code: 'product.cip13Taken',
      field: 'cip13',
      params: { designation: MORPHINE.designation },
    });
    expect(await db.events.count()).toBe(4);
  });

  it('refuses to open the register a second time', async () => {
    const db = trackedDatabase();
    await recordSlice(db);
    expect(refusal(await appendEvent(db, openingDraft(), NOW)).code).toBe('register.alreadyOpened');
    expect(await db.events.count()).toBe(4);
  });
});
