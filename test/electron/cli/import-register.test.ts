// The facts the import checks each row against are those the app gathers from its
// database before an entry: register kind and opening day, validators, product state, stock.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createImportedRegister } from '../../../electron/cli/import-register';
import { buildJournal } from '../../../electron/cli/import-rows';
import { toMilli } from '../../../shared/register/quantity';
import { NOW, TAKEOVER, TODAY } from './import-files';

function takenOver() {
  const built = buildJournal(readFileSync(TAKEOVER, 'utf8'), { registerId: 'REG', today: TODAY, recordedAt: NOW });
  if (!built.ok) throw new Error(built.problem.message);
  return built.value.events;
}

const REFS: Record<string, string> = { P2: 'SKENAN10', P3: 'METHA5', P4: 'DUROG25' };

describe('the facts of an imported register', () => {
  it('has none before the opening: no register, nobody to validate', () => {
    const register = createImportedRegister();
    const opening = { type: 'register.opened' as const, registerId: 'R', establishment: { name: 'P', address: 'A', kind: 'officine' as const }, holder: { name: 'H', orderNumber: '1' } };
    expect(register.contextFor(opening, TODAY)).toEqual({ today: TODAY, validators: [] });
    expect(register.head).toBeNull();
  });

  it('gives the kind and opening day, the holder as the only validator, the product and its stock with quarantine', () => {
    const register = createImportedRegister();
    const events = takenOver();
    const draft = { type: 'patient.return' as const, productId: 'P2', quantity: toMilli(1000), returnedBy: 'X' };

    for (const event of events.slice(0, 4)) register.record(event, 'productId' in event && event.productId !== undefined ? REFS[event.productId]! : '');
    expect(register.productIdOf('skenan10')).toBe('P2');
    expect(register.contextFor(draft, TODAY)).toEqual({
      today: TODAY,
      register: { kind: 'officine', openedOn: '2026-09-01' },
      validators: [{ name: 'Claire Martin', orderNumber: '10001234567' }],
      product: {
        definition: { designation: 'Skenan LP 10 mg', form: 'gélule', strength: '10 mg', unit: 'gélule', perBox: 14_000, cip13: '3400930000014' },
        active: true,
        hasMovements: false,
      },
      stock: { total: 0, quarantine: 0 },
    });

    for (const event of events.slice(4)) register.record(event, '');
    expect(register.contextFor(draft, TODAY)).toMatchObject({ product: { hasMovements: true }, stock: { total: 26_000, quarantine: 5_000 } });
    expect(register.contextFor({ ...draft, productId: 'P4' }, TODAY)).toMatchObject({ stock: { total: 2_000, quarantine: 2_000 } });
    expect(register.contextFor({ ...draft, productId: 'P9' }, TODAY)).toMatchObject({ stock: { total: 0, quarantine: 0 } });
    expect(register.contextFor({ ...draft, productId: 'P9' }, TODAY)).not.toHaveProperty('product');
    expect(register.counts).toEqual({ products: 3, movements: 7 });
  });

  it('names the product that already holds a CIP13', () => {
    const register = createImportedRegister();
    for (const event of takenOver().slice(0, 2)) register.record(event, 'SKENAN10');
    const product = { designation: 'Autre', form: 'gélule', strength: '10 mg', unit: 'gélule', perBox: toMilli(14_000), cip13: ' 3400930000014 ' };
    expect(register.contextFor({ type: 'product.defined', product }, TODAY)).toMatchObject({ cip13Owner: 'Skenan LP 10 mg' });
  });
});
