// The product picker of the movement forms, as the component tests use it: wait until it
// offers the products (Dexie's live query has read them), then choose one as a person
// does, its label typed and Enter.
import { fireEvent, screen } from '@testing-library/react';

const PICKER = { name: /^Produit/ };

/** Opens the list until it offers `label`, then closes it. */
export async function waitForProduct(label: string): Promise<void> {
  const picker = await screen.findByRole('combobox', PICKER);
  fireEvent.keyDown(picker, { key: 'ArrowDown' });
  await screen.findByRole('option', { name: (name) => name.startsWith(label) });
  fireEvent.keyDown(picker, { key: 'Escape' });
}

/** The label typed, then Enter: the first product offered, the one of that label, is chosen. */
export function chooseProductByLabel(label: string): void {
  const picker = screen.getByRole('combobox', PICKER);
  // What the field shows is cleared first, as a person selects it and types over it.
  fireEvent.change(picker, { target: { value: '' } });
  fireEvent.change(picker, { target: { value: label } });
  fireEvent.keyDown(picker, { key: 'Enter' });
}
