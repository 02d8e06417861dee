// @vitest-environment jsdom
// The three entry forms against a real (fake-indexeddb) register: what they record, the
// refusal written under the field it names, nothing lost on refusal, the success line.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { DatabaseProvider } from '../../../../renderer/db/DatabaseContext';
import { EntryScreen } from '../../../../renderer/features/entries/EntryScreen';
import type { RegisterEvent } from '../../../../shared/register/events';
import { pinClock, THIS_YEAR, TODAY, unpinClock } from '../../../fixtures/clock';
import { trackedDatabase } from '../../../fixtures/database';
import { on, openingDraft, productDraft, receiptDraft } from '../../../fixtures/drafts';
import { keepValues } from '../../../../renderer/components/kept-values';
import { accepted } from '../../../fixtures/result';
import { chooseProductByLabel, waitForProduct } from '../../product-picker-steps';

const PRODUCT = 'Morphine sulfate LP 10 mg — comprimé 10 mg';
const YEAR = THIS_YEAR;
/** An expiry two years ahead, as typed from the box, and as stored. */
const EXPIRY_TYPED = `3/${String(YEAR + 2).slice(2)}`;
const EXPIRY_STORED = `${YEAR + 2}-03`;

// The first render loads Dexie's live queries: slower when the whole suite runs at once.
configure({ asyncUtilTimeout: 5000 });

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

async function showEntries() {
  render(
    <DatabaseProvider db={db}>
      <EntryScreen establishmentKind="officine" />
    </DatabaseProvider>,
  );
  await waitForProduct(PRODUCT);
}

/** Each form reads the products afresh: wait for them before choosing one. */
async function chooseKind(name: string) {
  fireEvent.click(screen.getByRole('radio', { name }));
  await waitForProduct(PRODUCT);
}

/** A label as written, without its mandatory mark, and with or without what follows in brackets. */
function labelled(label: string) {
  return (content: string) => {
    const text = content.replace(/ \*$/, '');
    return text === label || text.startsWith(`${label} (`);
  };
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(labelled(label), { selector: 'input, textarea, select' }), { target: { value } });
}

function chooseProduct() {
  chooseProductByLabel(PRODUCT);
}

function submit(name: string) {
  fireEvent.click(screen.getByRole('button', { name }));
}

async function movements(): Promise<RegisterEvent[]> {
  return (await db.events.toArray()).filter((event) => event.seq > 2);
}

/** The field (label, control, message) that holds the control named `name`. */
function fieldOf(name: string): HTMLElement {
  const control = document.querySelector(`[name="${name}"]`);
  const field = control?.closest<HTMLElement>('.field');
  if (!field) throw new Error(`no field for ${name}`);
  return field;
}

function fillReceipt({ lot = 'L4521' }: { lot?: string } = {}) {
  chooseProduct();
  type('Quantité', '2');
  type('N° de lot', lot);
  type('Péremption', EXPIRY_TYPED);
  type('Fournisseur', 'OCP Répartition');
  type('Qualité du fournisseur', 'Grossiste-répartiteur');
  type('Adresse du fournisseur', 'ZI de Kerpont, 56850 Caudan');
  type('N° du bon de livraison', 'BL-2026-118');
  type('N° carnet à souches', 'CS-0042');
}

describe('the entries screen', () => {
  it('offers the three kinds of entry, each form under an h2 of its own', async () => {
    await showEntries();
    expect(screen.getByRole('heading', { level: 1, name: 'Entrées' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Réception d’un fournisseur' })).toBeTruthy();
    await chooseKind('Retour patient');
    expect(screen.getByRole('heading', { level: 2, name: 'Retour patient' })).toBeTruthy();
    await chooseKind('Solde repris');
    expect(screen.getByRole('heading', { level: 2, name: 'Solde repris d’un registre précédent' })).toBeTruthy();
  });
});

describe('receipt form', () => {
  it('records an import with its authorisation, refusing first an empty number under its field', async () => {
    await showEntries();
    fillReceipt();
    expect(screen.queryByLabelText(labelled('N° de l’autorisation d’importation'))).toBeNull();
    type('Importation', 'AIS');
    submit('Enregistrer l’entrée');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Le champ «\u202fn° de l’autorisation\u202f» est obligatoire.');
    expect(fieldOf('authorisation.number').contains(alert)).toBe(true);
    expect(await movements()).toEqual([]);
    type('N° de l’autorisation d’importation', 'FR-AIS-2026-0042');
    submit('Enregistrer l’entrée');
    expect((await screen.findByRole('status')).textContent).toBe('Réception enregistrée sous le n° d’ordre 3.');
    expect((await movements())[0]).toMatchObject({ type: 'receipt', authorisation: { kind: 'AIS', number: 'FR-AIS-2026-0042' } });
  });

  it('refuses a receipt without a lot under the lot field, records nothing and keeps every value', async () => {
    await showEntries();
    fillReceipt({ lot: '' });
    submit('Enregistrer l’entrée');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Le champ «\u202fnuméro de lot\u202f» est obligatoire.');
    expect(fieldOf('lot').contains(alert)).toBe(true);
    // The refusal is rendered before the effect that moves the cursor to its field runs.
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('lot'));
    expect(screen.getByLabelText(/^N° de lot/).getAttribute('aria-invalid')).toBe('true');
    expect(await movements()).toEqual([]);
    expect((screen.getByLabelText(/^Fournisseur/) as HTMLInputElement).value).toBe('OCP Répartition');
    expect((screen.getByLabelText(/^Péremption/) as HTMLInputElement).value).toBe(EXPIRY_TYPED);
    expect((screen.getByRole('combobox', { name: /^Produit/ }) as HTMLInputElement).value).toBe(PRODUCT);
    // Editing another field leaves the refusal; editing the lot takes it away.
    type('N° du bon de livraison', 'BL-2026-119');
    expect(screen.getByRole('alert')).toBe(alert);
    type('N° de lot', 'L');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fieldOf('lot').className).toBe('field');
  });

  it('records a complete receipt in boxes, names its order number, and keeps the supplier for the next product', async () => {
    await showEntries();
    fillReceipt();
    type('Observation', 'Carton abîmé, contenu intact');
    submit('Enregistrer l’entrée');
    expect((await screen.findByRole('status')).textContent).toBe('Réception enregistrée sous le n° d’ordre 3.');
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('productId'));
    const [receipt] = await movements();
    expect(receipt).toMatchObject({
      seq: 3,
      type: 'receipt',
      productId: 'P2',
      quantity: 28_000,
      supplier: { name: 'OCP Répartition', profession: 'Grossiste-répartiteur', address: 'ZI de Kerpont, 56850 Caudan' },
      deliveryRef: 'BL-2026-118',
      lot: 'L4521',
      expiry: EXPIRY_STORED,
      orderBookRef: 'CS-0042',
      observation: 'Carton abîmé, contenu intact',
    });
    const value = (label: string) => (screen.getByLabelText(labelled(label), { selector: 'input, select' }) as HTMLInputElement).value;
    expect([
      value('Fournisseur'),
      value('Qualité du fournisseur'),
      value('Adresse du fournisseur'),
      value('N° du bon de livraison'),
      value('N° carnet à souches'),
    ]).toEqual(['OCP Répartition', 'Grossiste-répartiteur', 'ZI de Kerpont, 56850 Caudan', 'BL-2026-118', 'CS-0042']);
    expect([value('Produit'), value('Quantité'), value('N° de lot'), value('Péremption'), value('Observation')]).toEqual(['', '', '', '', '']);
  });

  it('counts in units of intake when asked', async () => {
    await showEntries();
    fillReceipt();
    fireEvent.click(screen.getByRole('radio', { name: 'comprimé' }));
    type('Quantité', '5');
    submit('Enregistrer l’entrée');
    await screen.findByRole('status');
    expect((await movements())[0]).toMatchObject({ type: 'receipt', quantity: 5_000 });
  });

  it('offers the usual supplier professions', async () => {
    await showEntries();
    const input = screen.getByLabelText(/^Qualité du fournisseur/);
    const list = document.getElementById(input.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual([
      'Grossiste-répartiteur',
      'Laboratoire exploitant',
      'Fabricant',
      'Dépositaire',
      'Officine (cession)',
    ]);
  });

  it('shows how it read the expiry, and refuses one it cannot read under the expiry field', async () => {
    await showEntries();
    fillReceipt();
    expect(fieldOf('expiry').textContent).toContain(`Péremption lue\u202f: mars ${YEAR + 2}`);
    type('Péremption', '13/2027');
    submit('Enregistrer l’entrée');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Date de péremption invalide\u202f: indiquez le mois et l’année, par exemple 03/2027.');
    expect(fieldOf('expiry').contains(alert)).toBe(true);
    expect(await movements()).toEqual([]);
  });

  it('refuses a missing profession under its field', async () => {
    await showEntries();
    fillReceipt();
    type('Qualité du fournisseur', '');
    submit('Enregistrer l’entrée');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Le champ «\u202fqualité du fournisseur\u202f» est obligatoire.');
    expect(fieldOf('supplier.profession').contains(alert)).toBe(true);
  });

  it('refuses a receipt without a product or without a quantity before asking the register', async () => {
    await showEntries();
    submit('Enregistrer l’entrée');
    expect(within(fieldOf('productId')).getByRole('alert').textContent).toBe('Produit inconnu\u202f: choisissez un produit de la liste.');
    chooseProduct();
    submit('Enregistrer l’entrée');
    await waitFor(() => expect(within(fieldOf('quantity')).getByRole('alert').textContent).toBe('Le champ «\u202fquantité\u202f» est obligatoire.'));
    type('Quantité', '1,5');
    submit('Enregistrer l’entrée');
    await waitFor(() => expect(within(fieldOf('quantity')).getByRole('alert').textContent).toContain('nombre entier de boîtes'));
  });

  it('refuses an operation date in the future under the date field', async () => {
    await showEntries();
    fillReceipt();
    type('Date de l’opération', `${YEAR + 1}-01-01`);
    submit('Enregistrer l’entrée');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('La date de l’opération ne peut pas être dans le futur.');
    expect(fieldOf('operationDate').contains(alert)).toBe(true);
    expect(await movements()).toEqual([]);
  });
});

describe('a delivery started from the register', () => {
  const value = (label: string) => (screen.getByLabelText(labelled(label), { selector: 'input, select' }) as HTMLInputElement).value;
  const EARLIER = { name: 'Ancien Grossiste', address: '1 rue des Halles, 75001 Paris', profession: 'Dépositaire' };

  it('starts from the most recent supplier, names it beside the product, and asks the delivery note once', async () => {
    // A window just opened: nothing typed in it yet.
    keepValues('receipt.supplier', {});
    accepted(await appendEvent(db, on(TODAY, receiptDraft({ supplier: EARLIER, deliveryRef: 'BL-1' }))));
    accepted(await appendEvent(db, on(TODAY, receiptDraft({ deliveryRef: 'BL-2' }))));
    await showEntries();
    await waitFor(() => expect(value('Fournisseur')).toBe('Répartiteur Ouest'));
    expect([value('Qualité du fournisseur'), value('Adresse du fournisseur'), value('N° du bon de livraison')]).toEqual([
      'Grossiste-répartiteur',
      'ZI de Kerpont, 56850 Caudan',
      '',
    ]);
    const [year, month, day] = TODAY.split('-');
    expect(fieldOf('supplier.name').textContent).toContain(`Dernier fournisseur du registre (vu le ${day}/${month}/${year}), repris`);
    expect(document.querySelector('.delivery-line')?.textContent).toBe(
      'Livraison\u202f: Répartiteur Ouest · n° du bon demandé à l’enregistrement Changer de fournisseur',
    );

    chooseProduct();
    type('Quantité', '2');
    type('N° de lot', 'L77');
    type('Péremption', EXPIRY_TYPED);
    // The first Entrée of the delivery goes to its note, said under it; nothing is recorded.
    submit('Enregistrer l’entrée');
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('deliveryRef'));
    expect(fieldOf('deliveryRef').textContent).toContain('Première boîte de cette livraison');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await movements()).toHaveLength(2);
    // Still empty at the next one: the register refuses it, as before.
    submit('Enregistrer l’entrée');
    expect((await screen.findByRole('alert')).textContent).toBe('Le champ «\u202fréférence du bon de livraison\u202f» est obligatoire.');
    expect(await movements()).toHaveLength(2);

    type('N° du bon de livraison', 'BL-2026-1205');
    expect(document.querySelector('.delivery-line')?.textContent).toContain('bon n° BL-2026-1205');
    submit('Enregistrer l’entrée');
    expect((await screen.findByRole('status')).textContent).toBe('Réception enregistrée sous le n° d’ordre 5.');
    expect((await movements())[2]).toMatchObject({
      type: 'receipt',
      lot: 'L77',
      deliveryRef: 'BL-2026-1205',
      supplier: { name: 'Répartiteur Ouest', profession: 'Grossiste-répartiteur', address: 'ZI de Kerpont, 56850 Caudan' },
    });
    // Another name typed: the form no longer says it was taken from the register.
    type('Fournisseur', 'OCP');
    expect(fieldOf('supplier.name').textContent).not.toContain('Dernier fournisseur du registre');
    expect(document.querySelector('.delivery-line')?.textContent).toContain('OCP');
  });

  it('starts empty when the register names no supplier yet', async () => {
    keepValues('receipt.supplier', {});
    await showEntries();
    expect(value('Fournisseur')).toBe('');
    expect(document.querySelector('.delivery-line')?.textContent).toContain('fournisseur à indiquer');
  });
});

describe('opening balance form', () => {
  it('records a balance carried over into quarantine, refuses a second one there, and takes the available one', async () => {
    await showEntries();
    await chooseKind('Solde repris');
    expect(screen.getByText(/première ligne du produit/)).toBeTruthy();
    chooseProduct();
    type('Quantité', '6');
    fireEvent.click(screen.getByRole('radio', { name: 'Quarantaine (à détruire)' }));
    type('Origine du solde', 'Registre papier n° 3, folio 112');
    submit('Enregistrer le solde repris');
    expect((await screen.findByRole('status')).textContent).toBe('Solde repris enregistré sous le n° d’ordre 3.');
    expect((await movements())[0]).toMatchObject({
      type: 'opening.balance',
      quantity: 6_000,
      compartment: 'quarantine',
      source: 'Registre papier n° 3, folio 112',
    });
    expect((screen.getByLabelText(/^Origine du solde/) as HTMLInputElement).value).toBe('Registre papier n° 3, folio 112');

    chooseProduct();
    type('Quantité', '10');
    fireEvent.click(screen.getByRole('radio', { name: 'Quarantaine (à détruire)' }));
    submit('Enregistrer le solde repris');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Un solde est déjà repris pour ce produit dans');
    expect(fieldOf('compartment').contains(alert)).toBe(true);
    expect(await movements()).toHaveLength(1);

    fireEvent.click(screen.getByRole('radio', { name: 'Stock disponible' }));
    submit('Enregistrer le solde repris');
    expect((await screen.findByRole('status')).textContent).toBe('Solde repris enregistré sous le n° d’ordre 4.');
    expect((await movements())[1]).toMatchObject({ type: 'opening.balance', quantity: 10_000, compartment: 'dispensable' });
  });

  it('refuses a balance that does not say where it comes from', async () => {
    await showEntries();
    await chooseKind('Solde repris');
    chooseProduct();
    type('Quantité', '6');
    submit('Enregistrer le solde repris');
    const alert = await screen.findByRole('alert');
    expect(fieldOf('source').contains(alert)).toBe(true);
    expect(await movements()).toEqual([]);
  });
});

describe('patient return form', () => {
  it('says the units go into quarantine, records them there, and keeps who brought them', async () => {
    await showEntries();
    await chooseKind('Retour patient');
    expect(screen.getByRole('note').textContent).toContain('ne pourront jamais être dispensées');
    chooseProduct();
    await waitFor(() => expect(document.querySelector('.stock-preview')?.textContent).toContain('En quarantaine'));
    type('Quantité', '4');
    type('Rapporté par', 'Mme Durand, fille du patient');
    type('Commentaire', 'Traitement arrêté');
    submit('Enregistrer le retour');
    expect((await screen.findByRole('status')).textContent).toBe('Retour patient enregistré sous le n° d’ordre 3, en quarantaine.');
    expect((await movements())[0]).toMatchObject({
      type: 'patient.return',
      quantity: 4_000,
      returnedBy: 'Mme Durand, fille du patient',
      comment: 'Traitement arrêté',
    });
    expect((screen.getByLabelText(/^Rapporté par/) as HTMLInputElement).value).toBe('Mme Durand, fille du patient');
    expect((screen.getByLabelText(/^Commentaire/) as HTMLInputElement).value).toBe('');
  });

  it('refuses a return without who brought it, under that field', async () => {
    await showEntries();
    await chooseKind('Retour patient');
    chooseProduct();
    type('Quantité', '4');
    submit('Enregistrer le retour');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Le champ «\u202frapporté par\u202f» est obligatoire.');
    expect(fieldOf('returnedBy').contains(alert)).toBe(true);
    expect((screen.getByLabelText(/^Quantité/) as HTMLInputElement).value).toBe('4');
  });
});
