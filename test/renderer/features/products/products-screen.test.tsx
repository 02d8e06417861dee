// @vitest-environment jsdom
// The products screen against a real (fake-indexeddb) register: the unit locked once the
// product has moved, a deactivated product greyed and labelled, and reactivated.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { DatabaseProvider } from '../../../../renderer/db/DatabaseContext';
import { listProducts } from '../../../../renderer/db/queries';
import { ProductsScreen } from '../../../../renderer/features/products/ProductsScreen';
import { pinClock, TODAY, unpinClock } from '../../../fixtures/clock';
import { trackedDatabase } from '../../../fixtures/database';
import { on, openingDraft, productDraft, receiptDraft } from '../../../fixtures/drafts';
import { accepted } from '../../../fixtures/result';

const DESIGNATION = 'Morphine sulfate LP 10 mg';

let db: RegisterDatabase;

beforeEach(async () => {
  pinClock();
  db = trackedDatabase();
  accepted(await appendEvent(db, on(TODAY, openingDraft())));
  accepted(await appendEvent(db, on(TODAY, productDraft())));
});

afterEach(() => {
  cleanup();
  unpinClock();
});

async function showProducts() {
  render(
    <DatabaseProvider db={db}>
      <ProductsScreen />
    </DatabaseProvider>,
  );
  return screen.findByRole('table', { name: 'Produits' });
}

async function openEdit() {
  fireEvent.click(await screen.findByRole('button', { name: `Modifier ${DESIGNATION}` }));
  return screen.findByRole('form', { name: `Modifier «\u202f${DESIGNATION}\u202f»` });
}

describe('editing a product', () => {
  it('lets the unit change while nothing has moved', async () => {
    await showProducts();
    const form = await openEdit();
    await waitFor(() => expect((within(form).getByLabelText(/^Unité de prise/) as HTMLInputElement).disabled).toBe(false));
    fireEvent.change(within(form).getByLabelText(/^Unité de prise/), { target: { value: 'gélule' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Produit «\u202f${DESIGNATION}\u202f» modifié (n° d’ordre 3).`));
    expect((await listProducts(db))[0]?.unit).toBe('gélule');
  });

  it('disables the unit, with its reason on one line, once a quantity is counted in it', async () => {
    accepted(await appendEvent(db, on(TODAY, receiptDraft({ productId: 'P2' }))));
    await showProducts();
    const form = await openEdit();
    const unit = (await within(form).findByLabelText('Unité de prise')) as HTMLInputElement;
    await waitFor(() =>
      expect(document.getElementById(unit.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
        'Des mouvements sont déjà comptés en comprimé\u202f: l’unité ne peut plus changer.',
      ),
    );
    expect(unit.disabled).toBe(true);
    expect(unit.value).toBe('comprimé');
    // The rest of the definition still changes.
    fireEvent.change(within(form).getByLabelText(/^Dosage/), { target: { value: '10 mg base' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Produit «\u202f${DESIGNATION}\u202f» modifié (n° d’ordre 4).`));
    expect((await listProducts(db))[0]).toMatchObject({ strength: '10 mg base', unit: 'comprimé', active: true });
  });

  it('refuses an unreadable count per box under its field and records nothing', async () => {
    await showProducts();
    const form = await openEdit();
    fireEvent.change(within(form).getByLabelText(/^Unités par boîte/), { target: { value: 'douze' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('Quantité illisible');
    expect(
      within(form)
        .getByLabelText(/^Unités par boîte/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await db.events.count()).toBe(2);
  });
});

describe('deactivating a product', () => {
  it('greys the row with "désactivé", then reactivates it', async () => {
    const table = await showProducts();
    fireEvent.click(screen.getByRole('button', { name: `Désactiver ${DESIGNATION}` }));
    await screen.findByRole('button', { name: `Réactiver ${DESIGNATION}` });
    const row = within(table).getAllByRole('row')[1];
    expect(row?.className).toBe('inactive');
    expect(row?.querySelector('td')?.textContent).toBe(`${DESIGNATION} désactivé`);
    expect(screen.getByRole('status').textContent).toContain('il n’est plus proposé dans les entrées et les sorties');

    fireEvent.click(screen.getByRole('button', { name: `Réactiver ${DESIGNATION}` }));
    await screen.findByRole('button', { name: `Désactiver ${DESIGNATION}` });
    expect(within(table).getAllByRole('row')[1]?.className).toBe('');
    expect((await listProducts(db))[0]?.active).toBe(true);
  });
});

describe('the substance of a product', () => {
  it('is typed on the edit form, shown in the list, and a bad amount is refused on its field', async () => {
    const table = await showProducts();
    expect(within(table).getAllByRole('row')[1]?.textContent).toContain('—');
    const form = await openEdit();
    fireEvent.change(within(form).getByLabelText('Substance'), { target: { value: 'Morphine' } });
    fireEvent.change(within(form).getByLabelText('Base ou sel'), { target: { value: 'sel' } });
    fireEvent.change(within(form).getByLabelText('Nom du sel'), { target: { value: 'sulfate' } });
    fireEvent.change(within(form).getByLabelText('Quantité de substance par comprimé'), { target: { value: '10,0005' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('au plus trois décimales');
    expect(within(form).getByLabelText('Quantité de substance par comprimé').getAttribute('aria-invalid')).toBe('true');
    expect(await db.events.count()).toBe(2);

    fireEvent.change(within(form).getByLabelText('Quantité de substance par comprimé'), { target: { value: '10' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(within(table).getAllByRole('row')[1]?.textContent).toContain('Morphine (sulfate) — 10 mg par comprimé'));
    expect((await listProducts(db))[0]?.substance).toEqual({ name: 'Morphine', form: 'sel', saltName: 'sulfate', perUnit: 10_000 });
  });
});
