// @vitest-environment jsdom
// The product picker's field says the product chosen, whoever chose it: the person typing,
// a box scanned elsewhere, or a form emptied after a save. Both kinds of change can land
// in one render; the field must never keep a label whose product is no longer chosen.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProductPicker } from '../../../renderer/components/ProductPicker';
import { DatabaseProvider } from '../../../renderer/db/DatabaseContext';
import type { ProductSummary } from '../../../renderer/db/register-store';
import { toMilli } from '../../../shared/register/quantity';
import { trackedDatabase } from '../../fixtures/database';

function product(productId: string, designation: string): ProductSummary {
  return { productId, designation, form: 'gélule LP', strength: '30 mg', unit: 'gélule', perBox: toMilli(14), active: true };
}

const SKENAN = product('p1', 'Skénan LP');
const OXYNORM = product('p2', 'Oxynorm');
const CONTROL = { id: 'produit', name: 'productId', 'aria-invalid': undefined, 'aria-describedby': undefined } as const;

/** A form around the picker, with what a scan does from outside: choose, or empty the choice. */
function Form({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  const shown = useRef<HTMLDivElement>(null);
  // What the field shows when the choice is painted, before any effect may catch up: a
  // person (or a test polling the screen) sees that, not what a later render says.
  const [painted, setPainted] = useState('');
  useLayoutEffect(() => {
    setPainted(shown.current?.querySelector('input')?.value ?? '');
  }, [value]);
  return (
    <>
      <div ref={shown}>
        <ProductPicker control={CONTROL} products={[SKENAN, OXYNORM]} value={value} onChange={setValue} />
      </div>
      <output data-testid="chosen">{value}</output>
      <output data-testid="painted">{painted}</output>
      <button type="button" onClick={() => setValue('')}>
        code inconnu
      </button>
      <button type="button" onClick={() => setValue('p2')}>
        scan Oxynorm
      </button>
    </>
  );
}

function renderForm(initial: string) {
  render(
    <DatabaseProvider db={trackedDatabase()}>
      <Form initial={initial} />
    </DatabaseProvider>,
  );
  return screen.getByRole<HTMLInputElement>('combobox');
}

afterEach(cleanup);

describe('ProductPicker — what the field shows', () => {
  it('empties in the same paint as the choice emptied from outside', () => {
    const picker = renderForm('p1');
    expect(picker.value).toBe('Skénan LP — gélule LP 30 mg');
    fireEvent.click(screen.getByRole('button', { name: 'code inconnu' }));
    expect(screen.getByTestId('chosen').textContent).toBe('');
    expect(screen.getByTestId('painted').textContent).toBe('');
    expect(picker.value).toBe('');
  });

  it('empties from outside even after the person typed over a product and chose again', () => {
    const picker = renderForm('p1');
    act(() => picker.focus());
    fireEvent.change(picker, { target: { value: 'oxy' } });
    expect(screen.getByTestId('chosen').textContent).toBe('');
    expect(picker.value).toBe('oxy');
    fireEvent.keyDown(picker, { key: 'Enter' });
    expect(picker.value).toBe('Oxynorm — gélule LP 30 mg');
    act(() => picker.blur());
    fireEvent.click(screen.getByRole('button', { name: 'code inconnu' }));
    expect(picker.value).toBe('');
  });

  it('shows the scanned product even when the scan lands while the person types', () => {
    const picker = renderForm('p1');
    act(() => picker.focus());
    // The scanner's first characters reach the field, then the scan chooses: one render.
    act(() => {
      fireEvent.change(picker, { target: { value: '0103400' } });
      screen.getByRole('button', { name: 'scan Oxynorm' }).click();
    });
    expect(screen.getByTestId('chosen').textContent).toBe('p2');
    expect(picker.value).toBe('Oxynorm — gélule LP 30 mg');
  });

  it('keeps what is typed while the person searches, and the chosen label when they leave', () => {
    const picker = renderForm('p1');
    act(() => picker.focus());
    fireEvent.change(picker, { target: { value: 'sk' } });
    expect(picker.value).toBe('sk');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([expect.stringContaining('Skénan LP')]);
    act(() => picker.blur());
    expect(picker.value).toBe('');
  });
});
