// @vitest-environment jsdom
// The application's own date field: French display whatever the system language, one
// Tab stop, keyboard steps, and a French reason for a date the calendar does not have.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DateInput } from '../../../renderer/components/DateInput';

/** The field as a form holds it: the stored value is the register's day (YYYY-MM-DD). */
function Form({ initial = '2026-12-05', max }: { initial?: string; max?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateInput aria-label="Date de l’opération" value={value} onChange={setValue} max={max} />
      <output aria-label="valeur">{value}</output>
    </>
  );
}

const field = () => screen.getByLabelText<HTMLInputElement>('Date de l’opération');
const stored = () => screen.getByLabelText('valeur').textContent;

/** Types as a keyboard does, one character after the other. */
function typeChars(text: string) {
  for (const character of text) fireEvent.change(field(), { target: { value: field().value + character } });
}

describe('the French date field', () => {
  afterEach(cleanup);

  it('is a single text field showing JJ/MM/AAAA, never the browser’s date control', () => {
    render(<Form />);
    expect(field().type).toBe('text');
    expect(field().value).toBe('05/12/2026');
    expect(document.querySelectorAll('input')).toHaveLength(1);
  });

  it('inserts the slashes as digits are typed and stores the day', () => {
    render(<Form initial="" />);
    typeChars('05122026');
    expect(field().value).toBe('05/12/2026');
    expect(stored()).toBe('2026-12-05');
  });

  it('reads 5/12/26 and shows it in full once the field is left', () => {
    render(<Form initial="" />);
    typeChars('5/12/26');
    expect(stored()).toBe('2026-12-05');
    fireEvent.blur(field());
    expect(field().value).toBe('05/12/2026');
  });

  it('moves by a day with the arrows and by a month with PageUp/PageDown, across the year', () => {
    render(<Form initial="2026-12-31" />);
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(field().value).toBe('01/01/2027');
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(stored()).toBe('2026-12-30');
    fireEvent.keyDown(field(), { key: 'PageDown' });
    expect(stored()).toBe('2026-11-30');
  });

  it('does not move past its latest day', () => {
    render(<Form initial="2026-12-05" max="2026-12-05" />);
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(stored()).toBe('2026-12-05');
  });

  it('says in French why 29/02/2027 does not exist, and stores no day', () => {
    render(<Form initial="" />);
    typeChars('29022027');
    expect(screen.getByRole('alert').textContent).toBe('Le 29/02/2027 n’existe pas\u202f: 2027 n’est pas une année bissextile, février compte 28 jours.');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(stored()).toBe('29/02/2027');
  });

  it('lets a deleted slash stay deleted', () => {
    render(<Form initial="" />);
    typeChars('05');
    expect(field().value).toBe('05/');
    fireEvent.change(field(), { target: { value: '05' } });
    expect(field().value).toBe('05');
  });
});
