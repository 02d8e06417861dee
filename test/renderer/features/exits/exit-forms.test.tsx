// @vitest-environment jsdom
// The exit forms against a real (fake-indexeddb) register: the kinds each establishment
// is offered, what each form records, the refusal written under the field it names,
// nothing lost on refusal, the success line with the order number.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { formatDay } from '../../../../shared/register/dates';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { DatabaseProvider } from '../../../../renderer/db/DatabaseContext';
import { ExitScreen } from '../../../../renderer/features/exits/ExitScreen';
import type { EstablishmentKind, RegisterEvent } from '../../../../shared/register/events';
import { pinClock, THIS_YEAR, TODAY, unpinClock } from '../../../fixtures/clock';
import { trackedDatabase } from '../../../fixtures/database';
import { ESTABLISHMENT, on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { accepted } from '../../../fixtures/result';
import { chooseProductByLabel, waitForProduct } from '../../product-picker-steps';

const PRODUCT = 'Morphine sulfate LP 10 mg — comprimé 10 mg';

let db: RegisterDatabase;

// The register writes through IndexedDB: give it time when the machine is busy.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => pinClock());
afterEach(() => {
  cleanup();
  unpinClock();
});

/** A register of that kind, its product P2, 30 units received and 4 brought back by a patient (in quarantine): n° 1 to 4. */
async function showExits(kind: EstablishmentKind = 'officine') {
  db = trackedDatabase();
  accepted(await appendEvent(db, on(TODAY, openingDraft({ establishment: { ...ESTABLISHMENT, kind } }))));
  accepted(await appendEvent(db, on(TODAY, productDraft())));
  accepted(await appendEvent(db, on(TODAY, receiptDraft({ productId: 'P2', quantity: units(30), expiry: `${THIS_YEAR + 2}-06` }))));
  accepted(await appendEvent(db, { operationDate: TODAY, body: { type: 'patient.return', productId: 'P2', quantity: units(4), returnedBy: 'Mme Dupont' } }));
  render(
    <DatabaseProvider db={db}>
      <ExitScreen establishmentKind={kind} />
    </DatabaseProvider>,
  );
  await waitForProduct(PRODUCT);
}

/** Each form reads the products afresh: wait for them before choosing one. */
async function chooseKind(name: string) {
  fireEvent.click(screen.getByRole('radio', { name }));
  await waitForProduct(PRODUCT);
}

/** A label as written, without its mandatory mark. */
function labelled(label: string) {
  return (content: string) => content.replace(/ \*$/, '') === label;
}

function control(label: string): HTMLInputElement {
  return screen.getByLabelText(labelled(label), { selector: 'input, textarea, select' });
}

function type(label: string, value: string) {
  fireEvent.change(control(label), { target: { value } });
}

function chooseProduct() {
  chooseProductByLabel(PRODUCT);
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la sortie' }));
}

async function exits(): Promise<RegisterEvent[]> {
  return (await db.events.toArray()).filter((event) => event.seq > 4);
}

/** The field (label, control, message) that holds the control named `name`. */
function fieldOf(name: string): HTMLElement {
  const field = document.querySelector(`[name="${name}"]`)?.closest<HTMLElement>('.field');
  if (!field) throw new Error(`no field for ${name}`);
  return field;
}

async function refusalUnder(name: string): Promise<string | null> {
  const alert = await screen.findByRole('alert');
  expect(fieldOf(name).contains(alert)).toBe(true);
  await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe(name));
  return alert.textContent;
}

function kindsOffered(): string[] {
  return within(screen.getByRole('group', { name: 'Type de sortie' }))
    .getAllByRole('radio')
    .map((radio) => radio.parentElement?.textContent ?? '');
}

function fillPrescription(ordonnancier = '2026-000042') {
  type('Nom du prescripteur', 'Dr Anne Le Goff');
  type('Adresse du prescripteur', '12 rue du Port, 56100 Lorient');
  type('N° d’ordonnancier', ordonnancier);
}

describe('the exits screen', () => {
  it('offers an officine dispensation, preparation, supplier return and theft, each form under an h2', async () => {
    await showExits('officine');
    expect(kindsOffered()).toEqual(['Dispensation', 'Préparation magistrale', 'Retour fournisseur', 'Vol ou détournement']);
    expect(screen.getByRole('heading', { level: 1, name: 'Sorties' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Dispensation sur ordonnance' })).toBeTruthy();
    await chooseKind('Préparation magistrale');
    expect(screen.getByRole('heading', { level: 2, name: 'Utilisation pour une préparation magistrale' })).toBeTruthy();
    await chooseKind('Retour fournisseur');
    expect(screen.getByRole('heading', { level: 2, name: 'Retour au fournisseur' })).toBeTruthy();
    await chooseKind('Vol ou détournement');
    expect(screen.getByRole('heading', { level: 2, name: 'Vol ou détournement' })).toBeTruthy();
  });

  it('offers a veterinary practice administration, hand-over, supplier return and theft, and no dispensation', async () => {
    await showExits('veterinaire');
    expect(kindsOffered()).toEqual(['Administration', 'Délivrance au détenteur', 'Retour fournisseur', 'Vol ou détournement']);
    expect(screen.getByRole('heading', { level: 2, name: 'Administration à un animal' })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: 'Dispensation' })).toBeNull();
  });
});

/** Ten tablets to Jean Dupont on prescription, collected by Paul Dupont, whose name and address are typed. */
async function fillDispensationWithBearer() {
  await showExits();
  chooseProduct();
  type('Quantité (comprimé)', '10');
  type('Nom du patient', 'Jean Dupont');
  type('Adresse du patient', '3 rue des Forges, 56100 Lorient');
  fillPrescription();
  type('Nom du porteur', 'Paul Dupont');
  type('Adresse du porteur', '5 rue des Forges, 56100 Lorient');
}

describe('dispensation form', () => {
  it('records an anonymous dispensation without any identity, with its observation', async () => {
    await showExits();
    chooseProduct();
    type('Quantité (comprimé)', '7');
    fireEvent.click(screen.getByRole('radio', { name: 'Anonyme (art. L. 3414-1)' }));
    expect(screen.queryByLabelText(labelled('Nom du patient'))).toBeNull();
    fillPrescription();
    type('Observation', 'Suivi en CSAPA');
    submit();
    expect((await screen.findByRole('status')).textContent).toMatch(
      /^Dispensation enregistrée sous le n° d’ordre 5\. Copie de l’ordonnance à conserver jusqu’au \d\d\/\d\d\/\d{4} \(art\. R\. 5132-35/,
    );
    expect(await exits()).toMatchObject([
      {
        seq: 5,
        type: 'dispensation',
        quantity: 7_000,
        recipient: { kind: 'anonymous' },
        prescriber: { name: 'Dr Anne Le Goff', address: '12 rue du Port, 56100 Lorient' },
        ordonnancierNumber: '2026-000042',
        observation: 'Suivi en CSAPA',
      },
    ]);
    expect((await exits())[0]).not.toHaveProperty('bearer');
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('productId'));
    expect([control('Produit').value, control('Quantité').value, control('N° d’ordonnancier').value, control('Observation').value]).toEqual(['', '', '', '']);
  });

  it('refuses an unknown bearer without an identity document under that field, records nothing and keeps every value', async () => {
    await fillDispensationWithBearer();
    submit();
    expect(await refusalUnder('bearer.idReference')).toMatch(/^Porteur inconnu de la pharmacie\u202f: notez la nature et le numéro de la pièce d’identité/);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(await exits()).toEqual([]);
    expect([control('Nom du patient').value, control('Nom du porteur').value, control('Quantité (comprimé)').value]).toEqual([
      'Jean Dupont',
      'Paul Dupont',
      '10',
    ]);
    // Editing another field leaves the refusal; editing the one it names takes it away.
    type('Nom du porteur', 'Paul Dupont fils');
    expect(screen.getByRole('alert')).toBeTruthy();
    type('Pièce d’identité du porteur', 'CNI 120369004512');
    expect(screen.queryByRole('alert')).toBeNull();
    submit();
    await screen.findByRole('status');
    expect((await exits())[0]).toMatchObject({
      recipient: { kind: 'patient', name: 'Jean Dupont', address: '3 rue des Forges, 56100 Lorient' },
      bearer: { name: 'Paul Dupont fils', address: '5 rue des Forges, 56100 Lorient', idReference: 'CNI 120369004512' },
    });
  });

  it('records a bearer the pharmacy knows with no identity document (art. R. 5132-35)', async () => {
    await fillDispensationWithBearer();
    fireEvent.click(screen.getByRole('checkbox', { name: /Porteur connu de la pharmacie/ }));
    submit();
    await screen.findByRole('status');
    expect((await exits())[0]).toMatchObject({ bearer: { name: 'Paul Dupont', address: '5 rue des Forges, 56100 Lorient', known: true } });
    expect((await exits())[0]).not.toHaveProperty('bearer.idReference');
  });

  it('names a practitioner supplied for professional use', async () => {
    await showExits();
    chooseProduct();
    type('Quantité (comprimé)', '2');
    fireEvent.click(screen.getByRole('radio', { name: 'Usage professionnel' }));
    type('Nom du praticien', 'Dr Yves Kerhervé');
    submit();
    expect(await refusalUnder('recipient.address')).toBe('Le champ «\u202fadresse du praticien\u202f» est obligatoire.');
    type('Adresse du praticien', '5 place Aristide Briand, 56100 Lorient');
    fillPrescription();
    submit();
    await screen.findByRole('status');
    expect((await exits())[0]).toMatchObject({
      recipient: { kind: 'professional', name: 'Dr Yves Kerhervé', address: '5 place Aristide Briand, 56100 Lorient' },
    });
  });

  it('refuses the prescriber’s address when it is missing', async () => {
    await showExits();
    chooseProduct();
    type('Quantité (comprimé)', '1');
    type('Nom du patient', 'Jean Dupont');
    type('Adresse du patient', '3 rue des Forges, 56100 Lorient');
    fillPrescription();
    type('Adresse du prescripteur', '');
    submit();
    expect(await refusalUnder('prescriber.address')).toBe('Le champ «\u202fadresse du prescripteur\u202f» est obligatoire.');
  });

  it('refuses a missing product and a missing quantity before asking the register, and more than the stock holds', async () => {
    await showExits();
    submit();
    expect(await refusalUnder('productId')).toBe('Produit inconnu\u202f: choisissez un produit de la liste.');
    chooseProduct();
    expect(screen.queryByRole('alert')).toBeNull();
    submit();
    expect(await refusalUnder('quantity')).toBe('Le champ «\u202fquantité\u202f» est obligatoire.');
    // 30 received, 4 of them back in quarantine: 30 dispensable (the patient return is set aside).
    type('Quantité (comprimé)', '31');
    await waitFor(() =>
      expect(document.querySelector('.stock-preview')?.textContent).toBe('Stock disponible\u202f: 30 comprimés — après ce mouvement\u202f: −1 comprimé'),
    );
    submit();
    expect(await refusalUnder('quantity')).toBe('Stock insuffisant\u202f: quantité demandée 31, disponible 30.');
    expect(await exits()).toEqual([]);
  });
});

describe('preparation form', () => {
  it('refuses a preparation without its number, then records it', async () => {
    await showExits();
    await chooseKind('Préparation magistrale');
    chooseProduct();
    type('Quantité de substance (comprimé)', '2,5');
    submit();
    expect(await refusalUnder('preparationNumber')).toBe('Le champ «\u202fnuméro au registre des préparations\u202f» est obligatoire.');
    expect(control('Quantité de substance (comprimé)').value).toBe('2,5');
    type('N° au registre des préparations', 'PM-2026-031');
    submit();
    expect((await screen.findByRole('status')).textContent).toBe('Utilisation en préparation enregistrée sous le n° d’ordre 5.');
    expect(await exits()).toMatchObject([{ type: 'preparation.use', quantity: 2_500, preparationNumber: 'PM-2026-031' }]);
  });
});

describe('supplier return form', () => {
  async function fillReturn() {
    await chooseKind('Retour fournisseur');
    chooseProduct();
    type('Nom du fournisseur', 'Répartiteur Ouest');
    type('Adresse du fournisseur', 'ZI de Kerpont, 56850 Caudan');
  }

  it('records an export with its AEP authorisation; a return in France carries none', async () => {
    await showExits();
    await fillReturn();
    type('Quantité (comprimé)', '2');
    type('Motif du retour', 'Rappel du fabricant suisse');
    type('Exportation', 'AEP');
    type('N° de l’autorisation d’exportation', 'AEP-2026-0007');
    submit();
    expect((await screen.findByRole('status')).textContent).toBe('Retour au fournisseur enregistré sous le n° d’ordre 5.');
    expect((await exits())[0]).toMatchObject({ type: 'supplier.return', authorisation: { kind: 'AEP', number: 'AEP-2026-0007' } });
  });

  it('returns units from quarantine, within what quarantine holds, and keeps the supplier for the next product', async () => {
    await showExits();
    await fillReturn();
    fireEvent.click(screen.getByRole('radio', { name: 'Quarantaine (à détruire)' }));
    type('Quantité (comprimé)', '5');
    await waitFor(() =>
      expect(document.querySelector('.stock-preview')?.textContent).toBe('En quarantaine\u202f: 4 comprimés — après ce mouvement\u202f: −1 comprimé'),
    );
    type('Motif du retour', 'Périmés, repris pour destruction');
    submit();
    expect(await refusalUnder('quantity')).toBe('Stock en quarantaine insuffisant\u202f: quantité demandée 5, en quarantaine 4.');
    type('Quantité (comprimé)', '4');
    submit();
    expect((await screen.findByRole('status')).textContent).toBe('Retour au fournisseur enregistré sous le n° d’ordre 5.');
    expect(await exits()).toMatchObject([
      {
        type: 'supplier.return',
        quantity: 4_000,
        compartment: 'quarantine',
        supplier: { name: 'Répartiteur Ouest' },
        reason: 'Périmés, repris pour destruction',
      },
    ]);
    expect((await exits())[0]).not.toHaveProperty('returnRef');
    expect([control('Nom du fournisseur').value, control('Adresse du fournisseur').value, control('Motif du retour').value]).toEqual([
      'Répartiteur Ouest',
      'ZI de Kerpont, 56850 Caudan',
      '',
    ]);
    expect((screen.getByRole('radio', { name: 'Quarantaine (à détruire)' }) as HTMLInputElement).checked).toBe(true);
  });

  it('refuses a return without its reason', async () => {
    await showExits();
    await fillReturn();
    type('Quantité (comprimé)', '14');
    type('N° du bon de retour (facultatif)', 'BR-118');
    submit();
    expect(await refusalUnder('reason')).toBe('Le champ «\u202fmotif du retour\u202f» est obligatoire.');
    expect(control('N° du bon de retour (facultatif)').value).toBe('BR-118');
  });
});

describe('theft form', () => {
  async function fillTheft() {
    await chooseKind('Vol ou détournement');
    chooseProduct();
    type('Quantité (comprimé)', '3');
    type('Circonstances', 'Effraction de nuit, coffre forcé');
    type('Dépôt de plainte (réf.)', 'PV 2026/004512');
    type('Plainte déposée le', TODAY);
  }

  it('dates a theft the day it was found and declares it to the ARS and the ANSM in an officine', async () => {
    await showExits('officine');
    await fillTheft();
    expect(control('Date de constat').value).toBe(formatDay(TODAY));
    type('Déclaration à l’ARS (réf.)', 'ARS-2026-77');
    type('Déclarée à l’ARS le', TODAY);
    submit();
    expect(await refusalUnder('agencyDeclarationRef')).toBe('Le champ «\u202fréférence de la déclaration à l’ANSM\u202f» est obligatoire.');
    type('Déclaration à l’ANSM (réf.)', 'ANSM-2026-12');
    submit();
    expect(await refusalUnder('agencyDeclarationDate')).toBe('Le champ «\u202fdate de la déclaration à l’ANSM\u202f» est obligatoire.');
    expect(control('Déclaration à l’ANSM (réf.)').value).toBe('ANSM-2026-12');
    type('Déclarée à l’ANSM le', '2020-01-01');
    submit();
    expect(await refusalUnder('agencyDeclarationDate')).toMatch(/^La date de la déclaration à l’ANSM ne peut pas précéder le constat du vol/);
    type('Déclarée à l’ANSM le', TODAY);
    submit();
    expect((await screen.findByRole('status')).textContent).toBe('Vol ou détournement enregistré sous le n° d’ordre 5.');
    expect(await exits()).toMatchObject([
      {
        type: 'theft',
        quantity: 3_000,
        compartment: 'dispensable',
        circumstances: 'Effraction de nuit, coffre forcé',
        policeReportRef: 'PV 2026/004512',
        regionalDeclarationRef: 'ARS-2026-77',
        agencyDeclarationRef: 'ANSM-2026-12',
        policeReportDate: TODAY,
        regionalDeclarationDate: TODAY,
        agencyDeclarationDate: TODAY,
      },
    ]);
  });

  it('declares it to the DDPP and the ANSES in a veterinary practice', async () => {
    await showExits('veterinaire');
    await fillTheft();
    expect(screen.queryByLabelText(labelled('Déclaration à l’ARS (réf.)'))).toBeNull();
    type('Déclaration à la DDPP (réf.)', 'DDPP-69-2026-4');
    type('Déclarée à la DDPP le', TODAY);
    type('Déclarée à l’ANSES le', TODAY);
    submit();
    expect(await refusalUnder('agencyDeclarationRef')).toBe('Le champ «\u202fréférence de la déclaration à l’ANSES\u202f» est obligatoire.');
    type('Déclaration à l’ANSES (réf.)', 'ANSES-2026-9');
    submit();
    await screen.findByRole('status');
    expect(await exits()).toMatchObject([{ type: 'theft', regionalDeclarationRef: 'DDPP-69-2026-4', agencyDeclarationRef: 'ANSES-2026-9' }]);
  });
});

describe('veterinary forms', () => {
  function fillAnimal() {
    chooseProduct();
    type('Quantité (comprimé)', '0,5');
    type('Identification de l’animal', 'Rex — puce 250268500123456');
    type('Espèce', 'Chien');
    type('Nom du détenteur', 'Sophie Bernard');
    type('Adresse du détenteur', '17 rue Paul Bert, 69003 Lyon');
  }

  it('records an administration to a named animal and its owner', async () => {
    await showExits('veterinaire');
    fillAnimal();
    type('Espèce', '');
    submit();
    expect(await refusalUnder('animal.species')).toBe('Le champ «\u202fespèce\u202f» est obligatoire.');
    type('Espèce', 'Chien');
    submit();
    expect((await screen.findByRole('status')).textContent).toBe('Administration enregistrée sous le n° d’ordre 5.');
    expect(await exits()).toMatchObject([
      {
        type: 'vet.administration',
        quantity: 500,
        animal: { identification: 'Rex — puce 250268500123456', species: 'Chien' },
        owner: { name: 'Sophie Bernard', address: '17 rue Paul Bert, 69003 Lyon' },
      },
    ]);
  });

  it('records a hand-over to the owner with its prescription', async () => {
    await showExits('veterinaire');
    await chooseKind('Délivrance au détenteur');
    fillAnimal();
    submit();
    expect(await refusalUnder('prescriptionRef')).toBe('Le champ «\u202fréférence de l’ordonnance\u202f» est obligatoire.');
    expect(control('Identification de l’animal').value).toBe('Rex — puce 250268500123456');
    type('Référence de l’ordonnance', 'ORD-2026-0456');
    submit();
    expect((await screen.findByRole('status')).textContent).toMatch(
      /^Délivrance au détenteur enregistrée sous le n° d’ordre 5\. Copie de l’ordonnance à conserver jusqu’au \d\d\/\d\d\/\d{4} \(art\. R\. 5132-35/,
    );
    expect(await exits()).toMatchObject([{ type: 'vet.dispensing', owner: { name: 'Sophie Bernard' }, prescriptionRef: 'ORD-2026-0456' }]);
  });
});
