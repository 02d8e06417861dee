import { describe, expect, it } from 'vitest';
import { movementCounterparty, movementNature } from '../../../shared/register/labels';
import type { RegisterEvent } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { decideDraft, record, type TestRegister } from '../../fixtures/register';
import { adjustmentDrafts, parseCount, variance, type InventoryLineDraft } from '../../../shared/register/validate-inventory';
import { movementEffect, stockDelta } from '../../../shared/stock/movements';
import { toMilli } from '../../../shared/register/quantity';
import {
  correctionDraft,
  dispensationDraft,
  MORPHINE,
  on,
  OPERATION_DAY,
  openedContext,
  receiptDraft,
  stock,
  TODAY,
  units,
  type RegisterOptions,
} from '../../fixtures/drafts';
import { COLLEAGUE } from './drafts';
import { accepted, refusal } from '../../fixtures/result';

const METHADONE = { ...MORPHINE, designation: 'Méthadone sirop', form: 'sirop', strength: '40 mg/15 mL', unit: 'mL' };

/**
 * Morphine (P2): 30 available and 2 in quarantine; methadone (P3): 150 mL, none in
 * quarantine, received on `lastMovementDay`. Events: 1 opening, 2 P2, 3 P3, 4 receipt of
 * P2, 5 its quarantine, 6 Louis Bernard authorised, 7 and 8 receipts of P3.
 */
function inventoryContext(lastMovementDay = OPERATION_DAY, options: RegisterOptions = {}): TestRegister {
  return openedContext({
    alsoDefined: [METHADONE],
    stock: stock(32, 2),
    validators: [COLLEAGUE],
    then: [
      on(lastMovementDay, receiptDraft({ productId: 'P3', quantity: units(100) })),
      on(lastMovementDay, receiptDraft({ productId: 'P3', quantity: units(50) })),
    ],
    ...options,
  });
}

const FULL_COUNT: InventoryLineDraft[] = [
  { productId: 'P2', compartment: 'dispensable', counted: units(28), method: 'count', reason: 'Casse de deux gélules non enregistrée' },
  { productId: 'P2', compartment: 'quarantine', counted: units(2), method: 'count' },
  { productId: 'P3', compartment: 'dispensable', counted: toMilli(150_500), method: 'weight', reason: 'Surremplissage des flacons' },
  { productId: 'P3', compartment: 'quarantine', counted: units(0), method: 'count' },
];

function inventoryDraft(lines: InventoryLineDraft[] = FULL_COUNT, countedBy = 'Claire Martin, Louis Bernard', day = TODAY): Draft {
  return { operationDate: day, body: { type: 'inventory.taken', lines, countedBy } };
}

function withLine(index: number, change: Partial<InventoryLineDraft>): InventoryLineDraft[] {
  return FULL_COUNT.map((line, at) => (at === index ? { ...line, ...change } : line));
}

/** The register with the inventory of FULL_COUNT recorded as n° 9. */
function inventoried(): { register: TestRegister; inventory: RegisterEvent } {
  const register = inventoryContext();
  return { register, inventory: record(register, inventoryDraft()) };
}

describe('inventory.taken: what was counted, against what the register holds', () => {
  it('takes the expected quantities from the register, per compartment, and keeps method and reason', () => {
    const valid = accepted(decideDraft(inventoryDraft(), inventoryContext()));
    expect(valid.body).toEqual({
      type: 'inventory.taken',
      countedBy: 'Claire Martin, Louis Bernard',
      lines: [
        {
          productId: 'P2',
          compartment: 'dispensable',
          expected: units(30),
          counted: units(28),
          method: 'count',
          reason: 'Casse de deux gélules non enregistrée',
        },
        { productId: 'P2', compartment: 'quarantine', expected: units(2), counted: units(2), method: 'count' },
        {
          productId: 'P3',
          compartment: 'dispensable',
          expected: units(150),
          counted: toMilli(150_500),
          method: 'weight',
          reason: 'Surremplissage des flacons',
        },
        { productId: 'P3', compartment: 'quarantine', expected: units(0), counted: units(0), method: 'count' },
      ],
    });
  });

  it('ignores an expected quantity sent with the draft: the register supplies it', () => {
    const lines = withLine(1, { expected: units(99) } as Partial<InventoryLineDraft>);
    const valid = accepted(decideDraft(inventoryDraft(lines), inventoryContext()));
    expect(valid.body.type === 'inventory.taken' && valid.body.lines[1]?.expected).toBe(units(2));
  });

  it('refuses a variance without a reason, naming the product and the compartment', () => {
    for (const reason of [undefined, '', '   ']) {
      const error = refusal(decideDraft(inventoryDraft(withLine(0, { reason })), inventoryContext()));
      expect(error).toMatchObject({
        code: 'inventory.reasonRequired',
        field: 'lines.0.reason',
        params: { designation: 'Morphine sulfate LP 10 mg', compartment: 'Stock disponible' },
      });
    }
    // A variance in quarantine too: 3 found where the register holds 2.
    expect(refusal(decideDraft(inventoryDraft(withLine(1, { counted: units(3) })), inventoryContext()))).toMatchObject({
      code: 'inventory.reasonRequired',
      params: { compartment: 'Quarantaine (à détruire)' },
    });
  });

  it('accepts a line without variance and without reason', () => {
    const lines = withLine(0, { counted: units(30), reason: undefined });
    expect(decideDraft(inventoryDraft(lines), inventoryContext()).ok).toBe(true);
  });

  it.each([
    ['negative', -1000],
    ['fractional', 1.5],
    ['not a number', Number.NaN],
    ['text', '12' as unknown as number],
    ['missing', undefined as unknown as number],
  ])('refuses a count that is %s', (_label, counted) => {
    const error = refusal(decideDraft(inventoryDraft(withLine(0, { counted: counted as never })), inventoryContext()));
    expect(error).toMatchObject({ code: 'inventory.countMalformed', field: 'lines.0.counted' });
  });

  it('refuses an unknown method, an unknown compartment and an unknown product', () => {
    expect(refusal(decideDraft(inventoryDraft(withLine(0, { method: 'guess' as never })), inventoryContext())).code).toBe('field.invalidChoice');
    expect(refusal(decideDraft(inventoryDraft(withLine(0, { compartment: 'shelf' as never })), inventoryContext())).code).toBe('field.invalidChoice');
    expect(refusal(decideDraft(inventoryDraft(withLine(0, { productId: 'P77' })), inventoryContext())).code).toBe('product.unknown');
  });

  it('refuses a line counted twice, an empty inventory and an inventory that leaves stock uncounted', () => {
    expect(refusal(decideDraft(inventoryDraft([...FULL_COUNT, FULL_COUNT[1]!]), inventoryContext())).code).toBe('inventory.duplicateLine');
    expect(refusal(decideDraft(inventoryDraft([]), inventoryContext())).code).toBe('inventory.empty');
    // The quarantine of P2 holds 2: it must be counted. P3's empty quarantine may go unlisted.
    expect(refusal(decideDraft(inventoryDraft([FULL_COUNT[0]!, FULL_COUNT[2]!]), inventoryContext()))).toMatchObject({
      code: 'inventory.incomplete',
      params: { designation: 'Morphine sulfate LP 10 mg', compartment: 'Quarantaine (à détruire)' },
    });
    expect(decideDraft(inventoryDraft(FULL_COUNT.slice(0, 3)), inventoryContext()).ok).toBe(true);
  });

  it('refuses an inventory without the names of who counted', () => {
    expect(refusal(decideDraft(inventoryDraft(FULL_COUNT, ' '), inventoryContext()))).toMatchObject({ code: 'field.required', field: 'countedBy' });
  });

  it('refuses an inventory dated before the last movement: the stock it is counted against is today’s', () => {
    const error = refusal(decideDraft(inventoryDraft(FULL_COUNT, 'Claire Martin', '2026-03-05'), inventoryContext('2026-03-08')));
    expect(error).toMatchObject({ code: 'inventory.beforeLastMovement', params: { day: '08/03/2026' } });
    expect(decideDraft(inventoryDraft(FULL_COUNT, 'Claire Martin', '2026-03-08'), inventoryContext('2026-03-08')).ok).toBe(true);
  });

  it('counts an inactive product that still holds stock', () => {
    expect(decideDraft(inventoryDraft(), inventoryContext(OPERATION_DAY, { product: { active: false } })).ok).toBe(true);
  });

  it('reads a typed count exactly, zero included', () => {
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseCount('0,000')).toEqual({ ok: true, value: 0 });
    expect(parseCount('12,5')).toEqual({ ok: true, value: 12_500 });
    expect(parseCount('1 000')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseCount('')).toMatchObject({ ok: false, error: { code: 'inventory.countMissing' } });
    expect(parseCount('-3')).toMatchObject({ ok: false, error: { code: 'quantity.malformed', field: 'counted' } });
    expect(parseCount('0,0001')).toMatchObject({ ok: false, error: { code: 'quantity.tooPrecise' } });
  });
});

describe('inventory.adjustment: the écart d’inventaire, derived from its inventory', () => {
  const { inventory } = inventoried();

  /** The register just after the inventory, with what came after it. */
  function adjusting(after: Draft[] = []): TestRegister {
    const { register } = inventoried();
    for (const draft of after) record(register, draft);
    return register;
  }

  it('calls for one adjustment per variance, in the inventory’s order', () => {
    expect(adjustmentDrafts(inventory)).toEqual([
      { type: 'inventory.adjustment', inventory: 9, productId: 'P2', compartment: 'dispensable' },
      { type: 'inventory.adjustment', inventory: 9, productId: 'P3', compartment: 'dispensable' },
    ]);
  });

  it('is an exit of the missing units, or an entry of the units found in excess, with the reason of its line', () => {
    const [missing, excess] = adjustmentDrafts(inventory).map((body) => accepted(decideDraft({ operationDate: TODAY, body }, adjusting())).body);
    expect(missing).toEqual({
      type: 'inventory.adjustment',
      productId: 'P2',
      quantity: units(2),
      compartment: 'dispensable',
      direction: 'exit',
      inventory: 9,
      reason: 'Casse de deux gélules non enregistrée',
    });
    expect(excess).toEqual({
      type: 'inventory.adjustment',
      productId: 'P3',
      quantity: toMilli(500),
      compartment: 'dispensable',
      direction: 'entry',
      inventory: 9,
      reason: 'Surremplissage des flacons',
    });
  });

  it('brings the balance to the count', () => {
    const body = adjustmentDrafts(inventory)[0]!;
    const event = record(adjusting(), { operationDate: TODAY, body });
    if (event.type !== 'inventory.adjustment') throw new Error('not an adjustment');
    expect(movementEffect(event)).toEqual({ direction: 'exit', compartment: 'dispensable', quantity: units(2) });
    expect(stockDelta(event).exits).toBe(units(2));
    const line = inventory.type === 'inventory.taken' ? inventory.lines[0]! : null;
    expect(line && variance(line)).toBe(-units(2));
    expect(movementNature(event, 'officine')).toBe('Écart d’inventaire (inventaire n° 9)');
    expect(movementCounterparty(event)).toBe('Motif : Casse de deux gélules non enregistrée');
  });

  it('refuses what does not match the inventory: no inventory, no variance, another day, twice, or a stock that moved since', () => {
    const draft = (body: Partial<ReturnType<typeof adjustmentDrafts>[number]> = {}, day = TODAY): Draft => ({
      operationDate: day,
      body: { type: 'inventory.adjustment', inventory: 9, productId: 'P2', compartment: 'dispensable', ...body },
    });
    expect(refusal(decideDraft(draft(), openedContext())).code).toBe('inventory.unknown');
    // N° 9 is a receipt, not an inventory.
    expect(refusal(decideDraft(draft(), inventoryContext(OPERATION_DAY, { then: [receiptDraft(), receiptDraft(), receiptDraft()] }))).code).toBe(
      'inventory.unknown',
    );
    expect(refusal(decideDraft(draft({ compartment: 'quarantine' }), adjusting())).code).toBe('inventory.noVariance');
    expect(refusal(decideDraft(draft({ productId: 'P4' }), adjusting())).code).toBe('inventory.noVariance');
    expect(refusal(decideDraft(draft({}, '2026-03-09'), adjusting())).code).toBe('inventory.adjustmentDate');
    expect(refusal(decideDraft(draft(), adjusting([draft()]))).code).toBe('inventory.alreadyAdjusted');
    expect(refusal(decideDraft(draft(), adjusting([on(TODAY, dispensationDraft({ quantity: units(1) }))]))).code).toBe('inventory.stockMoved');
  });

  it('cannot be reversed by a correction: a new inventory sets the stock', () => {
    const body = adjustmentDrafts(inventory)[0]!;
    const register = adjusting([{ operationDate: TODAY, body }]);
    expect(register.events.at(-1)).toMatchObject({ seq: 10, type: 'inventory.adjustment' });
    expect(refusal(decideDraft(correctionDraft(10, { comment: 'recompté' }), register)).code).toBe('correction.ofAdjustment');
  });
});
