import { describe, expect, it } from 'vitest';
import type { MovementEvent, RegisterEvent, StockCompartment } from '../../../shared/register/events';
import { toMilli } from '../../../shared/register/quantity';
import {
  addDeltas,
  balanceAfter,
  dispensable,
  EMPTY_STOCK,
  inCompartment,
  movementEffect,
  NO_DELTA,
  registerLines,
  stockDelta,
} from '../../../shared/stock/movements';
import { correctionDraft, dispensationDraft, openingDraft, productDraft, receiptDraft, stock, units } from '../../fixtures/drafts';
import { patientReturnDraft, recordedMovement, supplierReturnDraft, type MovementKind } from '../register/drafts';
import { sealAll } from '../../fixtures/events';

function movement(event: RegisterEvent): MovementEvent {
  if (!('quantity' in event)) throw new Error(`${event.type} is not a movement`);
  return event;
}

describe('movementEffect', () => {
  it.each<[MovementKind, Record<string, unknown>, 'entry' | 'exit', StockCompartment]>([
    ['opening.balance', { compartment: 'dispensable' }, 'entry', 'dispensable'],
    ['opening.balance', { compartment: 'quarantine' }, 'entry', 'quarantine'],
    ['receipt', {}, 'entry', 'dispensable'],
    ['patient.return', {}, 'entry', 'quarantine'],
    ['dispensation', {}, 'exit', 'dispensable'],
    ['vet.administration', {}, 'exit', 'dispensable'],
    ['vet.dispensing', {}, 'exit', 'dispensable'],
    ['preparation.use', {}, 'exit', 'dispensable'],
    ['supplier.return', { compartment: 'dispensable' }, 'exit', 'dispensable'],
    ['supplier.return', { compartment: 'quarantine' }, 'exit', 'quarantine'],
    ['theft', { compartment: 'dispensable' }, 'exit', 'dispensable'],
    ['theft', { compartment: 'quarantine' }, 'exit', 'quarantine'],
  ])('makes a %s %j an %s of the %s stock', (kind, overrides, direction, compartment) => {
    const event = movement(recordedMovement(kind, { ...overrides, quantity: units(3) }));
    expect(movementEffect(event)).toEqual({ direction, compartment, quantity: units(3) });
  });

  it.each<['entry' | 'exit', 'entry' | 'exit', StockCompartment]>([
    ['entry', 'exit', 'quarantine'],
    ['exit', 'entry', 'dispensable'],
  ])('makes the correction of an %s an %s, in the compartment it names', (reverses, direction, compartment) => {
    const correction = {
      ...movement(recordedMovement('dispensation')),
      type: 'correction',
      corrects: 5,
      reverses,
      compartment,
      reason: 'doublon',
      comment: 'x',
    } as MovementEvent;
    expect(movementEffect(correction)).toEqual({ direction, compartment, quantity: units(12) });
  });
});

describe('stockDelta', () => {
  it.each<[MovementKind, Record<string, unknown>, object]>([
    ['receipt', {}, { entries: units(3) }],
    ['patient.return', {}, { entries: units(3), quarantineEntries: units(3) }],
    ['dispensation', {}, { exits: units(3) }],
    ['theft', { compartment: 'quarantine' }, { exits: units(3), quarantineExits: units(3) }],
  ])('adds a %s %j to the register totals, and to the quarantine ones when it moves quarantine', (kind, overrides, delta) => {
    expect(stockDelta(movement(recordedMovement(kind, { ...overrides, quantity: units(3) })))).toEqual({ ...NO_DELTA, ...delta });
  });
});

describe('addDeltas', () => {
  it('adds each total to its own', () => {
    const a = { entries: toMilli(1), exits: toMilli(2), quarantineEntries: toMilli(3), quarantineExits: toMilli(4) };
    const b = { entries: toMilli(10), exits: toMilli(20), quarantineEntries: toMilli(30), quarantineExits: toMilli(40) };
    expect(addDeltas(a, b)).toEqual({ entries: 11, exits: 22, quarantineEntries: 33, quarantineExits: 44 });
  });
});

describe('balanceAfter, dispensable and inCompartment', () => {
  const delta = { entries: units(30), exits: units(12), quarantineEntries: units(6), quarantineExits: units(2) };

  it('moves the register balance by every entry and exit, and quarantine by its own', () => {
    expect(balanceAfter(stock(10, 1), delta)).toEqual({ total: units(28), quarantine: units(5) });
  });

  it('starts an unknown stock from nothing', () => {
    expect(balanceAfter(EMPTY_STOCK, NO_DELTA)).toEqual({ total: 0, quarantine: 0 });
  });

  it('leaves out of what can be dispensed what is in quarantine', () => {
    expect(dispensable(stock(28, 5))).toBe(units(23));
  });

  it.each<[StockCompartment, number]>([
    ['dispensable', 23],
    ['quarantine', 5],
  ])('tells what the %s compartment holds', (compartment, held) => {
    expect(inCompartment(stock(28, 5), compartment)).toBe(units(held));
  });
});

describe('registerLines', () => {
  // 1 opening, 2 product, 3 receipt of 30, 4 patient return of 6, 5 dispensation of 12,
  // 6 return of the 6 quarantined units to the supplier, 7 correction of the dispensation.
  const events = sealAll([
    openingDraft(),
    productDraft(),
    receiptDraft({ quantity: units(30) }),
    patientReturnDraft({ quantity: units(6) }),
    dispensationDraft({ quantity: units(12) }),
    supplierReturnDraft({ quantity: units(6), compartment: 'quarantine' }),
    correctionDraft(5),
  ]);

  it('lists only movements, each with its entry or exit, its compartment and the balance after it, quarantine included', () => {
    expect(registerLines(events).map((line) => [line.event.seq, line.entry, line.exit, line.compartment, line.balance])).toEqual([
      [3, units(30), null, 'dispensable', units(30)],
      [4, units(6), null, 'quarantine', units(36)],
      [5, null, units(12), 'dispensable', units(24)],
      [6, null, units(6), 'quarantine', units(18)],
      [7, units(12), null, 'dispensable', units(30)],
    ]);
  });

  it('marks a corrected line with the order number of its correction', () => {
    expect(registerLines(events).map((line) => [line.event.seq, line.correctedBy])).toEqual([
      [3, null],
      [4, null],
      [5, 7],
      [6, null],
      [7, null],
    ]);
  });

  it('starts from the opening balance it is given', () => {
    expect(registerLines(events, units(2)).map((line) => line.balance)).toEqual([units(32), units(38), units(26), units(20), units(32)]);
  });

  it('gives no line for a register without movements', () => {
    expect(registerLines(events.slice(0, 2))).toEqual([]);
  });
});
