// Every kind of exit, as an officine and a veterinary practice record them: each form
// refuses a missing mandatory field in French, under that field, and keeps what was
// typed; each recorded exit is a line of the product's register.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { shown } from './reading';
import { addSkenan, chooseProduct, dispense, openRegister, openTab, receiveBoxes, SKENAN } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-exits-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The field of that label (a mandatory one ends with its asterisk), with its hint and its refusal. */
function field(page: Page, label: string): Locator {
  const exactly = new RegExp(`^${escapeRegExp(label)}( \\*)?$`);
  return page.locator('.field').filter({ has: page.locator('label', { hasText: exactly }) });
}

/** The refusal written under the field of that label. */
function refusalUnder(page: Page, label: string): Locator {
  return field(page, label).locator('.field__error');
}

async function chooseKind(page: Page, kind: string) {
  await page.getByRole('radio', { name: kind, exact: true }).check();
  await expect.poll(() => page.getByRole('radio', { name: kind, exact: true }).isChecked()).toBe(true);
}

async function submitExit(page: Page) {
  await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
}

/** Submits, waits for the success line, and checks that the form emptied for the next exit. */
/** The success line of an exit on prescription: its number, and the day three years on until which the prescription's copy is kept (art. R. 5132-35). */
function onPrescription(what: string, seq: number, today: string): string {
  const [year, month, day] = today.split('-');
  const until = `${month === '02' && day === '29' ? '28' : day}/${month}/${Number(year) + 3}`;
  return `${what} enregistrée sous le n° d’ordre ${seq}. Copie de l’ordonnance à conserver jusqu’au ${until} (art. R. 5132-35 du code de la santé publique).`;
}

async function expectRecorded(page: Page, line: string) {
  await submitExit(page);
  await expect.poll(() => page.getByRole('status').textContent()).toBe(line);
  expect(await page.locator('.exit-form').getByRole('alert').count()).toBe(0);
}

function registerRows(page: Page) {
  return page.locator('table.register-table tbody tr');
}

const EXIT_KINDS = ['Dispensation', 'Préparation magistrale', 'Retour fournisseur', 'Vol ou détournement'];
const VET_EXIT_KINDS = ['Administration', 'Délivrance au détenteur', 'Retour fournisseur', 'Vol ou détournement'];

describe('exits of an officine', () => {
  it('records an anonymous dispensation, one handed to a bearer, a preparation, a supplier return and a theft', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'officine'), dataFolder: join(workDir, 'officine-data') });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 4); // n° 3: 56 gélules

    await openTab(page, 'Sorties');
    const kinds = page.getByRole('group', { name: 'Type de sortie' }).getByRole('radio');
    expect(await kinds.evaluateAll((radios) => radios.map((radio) => radio.parentElement?.textContent))).toEqual(EXIT_KINDS);

    // Dispensation under anonymity (art. L. 3414-1): no name, no address.
    await chooseKind(page, 'Dispensation');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Dispensation sur ordonnance');
    await chooseProduct(page, SKENAN);
    await page.getByLabel('Quantité (gélule)').fill('7');
    await expect.poll(() => page.locator('.stock-preview').textContent()).toBe('Stock disponible\u202f: 56 gélules — après ce mouvement\u202f: 49 gélules');
    await page.getByRole('radio', { name: 'Anonyme (art. L. 3414-1)' }).check();
    expect(await page.getByLabel('Nom du patient').count()).toBe(0);
    await page.getByLabel('Nom du prescripteur').fill('Dr Claire Petit');
    await page.getByLabel('Adresse du prescripteur').fill('8 avenue Foch, 69006 Lyon');
    await submitExit(page);
    await expect.poll(() => refusalUnder(page, 'N° d’ordonnancier').textContent()).toBe('Le champ «\u202fnuméro d’ordonnancier\u202f» est obligatoire.');
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByLabel('N° d’ordonnancier').evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Adresse du prescripteur').inputValue()).toBe('8 avenue Foch, 69006 Lyon');
    expect(await page.getByLabel('Quantité (gélule)').inputValue()).toBe('7');
    expect(await page.getByRole('radio', { name: 'Anonyme (art. L. 3414-1)' }).isChecked()).toBe(true);
    await app.screenshot('exits-01-dispensation-anonymous-refused');
    await page.getByLabel('N° d’ordonnancier').fill('2026-0801');
    await page.getByLabel('Observation').fill('Patient suivi en CSAPA');
    await expectRecorded(page, onPrescription('Dispensation', 4, app.today()));
    await app.screenshot('exits-02-dispensation-anonymous-recorded');

    // Dispensation to a named patient, collected by a bearer (art. R. 5132-35): once a
    // bearer is named, their address is mandatory, and an identity document unless the
    // pharmacy knows them.
    await chooseProduct(page, SKENAN);
    await page.getByLabel('Quantité (gélule)').fill('10');
    expect(await page.getByRole('radio', { name: 'Patient', exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Nom du patient').fill('Jean Martin');
    await page.getByLabel('Adresse du patient').fill('3 rue des Lilas, 69003 Lyon');
    await page.getByLabel('Nom du prescripteur').fill('Dr Claire Petit');
    await page.getByLabel('Adresse du prescripteur').fill('8 avenue Foch, 69006 Lyon');
    await page.getByLabel('N° d’ordonnancier').fill('2026-0802');
    await page.getByLabel('Nom du porteur').fill('Paul Martin');
    await submitExit(page);
    await expect.poll(() => refusalUnder(page, 'Adresse du porteur').textContent()).toBe('Le champ «\u202fadresse du porteur\u202f» est obligatoire.');
    await page.getByLabel('Adresse du porteur').fill('5 rue des Lilas, 69003 Lyon');
    await submitExit(page);
    await expect.poll(() => refusalUnder(page, 'Pièce d’identité du porteur').textContent()).toMatch(/^Porteur inconnu de la pharmacie.*art\. R\. 5132-35/);
    expect(await page.getByLabel('Nom du porteur').inputValue()).toBe('Paul Martin');
    await app.screenshot('exits-03-dispensation-bearer-refused');
    await page.getByLabel('Pièce d’identité du porteur').fill('CNI 120369004512');
    await expectRecorded(page, onPrescription('Dispensation', 5, app.today()));

    // The dispense step of the other scenarios still works: a named patient, n° 6.
    await dispense(page, 4, '2026-0803');

    // Magistral preparation: the preparation's number is mandatory.
    await chooseKind(page, 'Préparation magistrale');
    await chooseProduct(page, SKENAN);
    await page.getByLabel('Quantité de substance (gélule)').fill('2');
    await submitExit(page);
    await expect
      .poll(() => refusalUnder(page, 'N° au registre des préparations').textContent())
      .toBe('Le champ «\u202fnuméro au registre des préparations\u202f» est obligatoire.');
    expect(await page.getByLabel('Quantité de substance (gélule)').inputValue()).toBe('2');
    await app.screenshot('exits-04-preparation-refused');
    await page.getByLabel('N° au registre des préparations').fill('PM-2026-031');
    await expectRecorded(page, 'Utilisation en préparation enregistrée sous le n° d’ordre 7.');

    // Supplier return: from which stock, to whom and why.
    await chooseKind(page, 'Retour fournisseur');
    await chooseProduct(page, SKENAN);
    await page.getByLabel('Quantité (gélule)').fill('14');
    await page.getByRole('radio', { name: 'Quarantaine (à détruire)' }).check();
    await expect.poll(() => page.locator('.stock-preview').textContent()).toBe('En quarantaine\u202f: 0 gélule — après ce mouvement\u202f: −14 gélules');
    await page.getByRole('radio', { name: 'Stock disponible' }).check();
    await expect.poll(() => page.locator('.stock-preview').textContent()).toBe('Stock disponible\u202f: 33 gélules — après ce mouvement\u202f: 19 gélules');
    await page.getByLabel('Nom du fournisseur').fill('OCP Répartition');
    await page.getByLabel('Adresse du fournisseur').fill('2 rue Galilée, 69800 Saint-Priest');
    await page.getByLabel('N° du bon de retour (facultatif)').fill('BR-2026-118');
    await submitExit(page);
    await expect.poll(() => refusalUnder(page, 'Motif du retour').textContent()).toBe('Le champ «\u202fmotif du retour\u202f» est obligatoire.');
    expect(await page.getByLabel('N° du bon de retour (facultatif)').inputValue()).toBe('BR-2026-118');
    await app.screenshot('exits-05-supplier-return-refused');
    await page.getByLabel('Motif du retour').fill('Rappel de lot');
    await expectRecorded(page, 'Retour au fournisseur enregistré sous le n° d’ordre 8.');
    // The supplier stays for the next product of the same return.
    expect(await page.getByLabel('Nom du fournisseur').inputValue()).toBe('OCP Répartition');

    // Theft: dated the day it was found, with the complaint and the ARS and ANSM declarations.
    await chooseKind(page, 'Vol ou détournement');
    await chooseProduct(page, SKENAN);
    expect(await page.getByLabel('Date de constat').inputValue()).toBe(shown(app.today()));
    await page.getByLabel('Quantité (gélule)').fill('3');
    await page.getByLabel('Circonstances').fill('Boîte entamée manquante au coffre, constatée à l’inventaire du matin');
    await page.getByLabel('Dépôt de plainte (réf.)').fill('PV 2026/004512');
    await page.getByLabel('Plainte déposée le').fill(app.today());
    await page.getByLabel('Déclaration à l’ARS (réf.)').fill('ARS-ARA-2026-77');
    await page.getByLabel('Déclarée à l’ARS le').fill(app.today());
    await page.getByLabel('Déclarée à l’ANSM le').fill(app.today());
    expect(await page.getByLabel('Déclaration à la DDPP (réf.)').count()).toBe(0);
    await submitExit(page);
    await expect
      .poll(() => refusalUnder(page, 'Déclaration à l’ANSM (réf.)').textContent())
      .toBe('Le champ «\u202fréférence de la déclaration à l’ANSM\u202f» est obligatoire.');
    expect(await page.getByLabel('Circonstances').inputValue()).toBe('Boîte entamée manquante au coffre, constatée à l’inventaire du matin');
    await app.screenshot('exits-06-theft-refused');
    await page.getByLabel('Déclaration à l’ANSM (réf.)').fill('ANSM-VOL-2026-0012');
    await page.getByLabel('Observation').fill('Serrure du coffre forcée');
    await expectRecorded(page, 'Vol ou détournement enregistré sous le n° d’ordre 9.');
    await app.screenshot('exits-07-theft-recorded');

    // The register: the receipt, then the six exits with the balance after each.
    await openTab(page, 'Registre');
    await expect.poll(() => registerRows(page).count()).toBe(7);
    // The tab shows the newest line first; read here in register order.
    const rows = (await registerRows(page).allInnerTexts()).reverse();
    expect(rows[1]).toMatch(
      /^4\t[^\t]+\tDispensation\tAnonyme \(art\. L\. 3414-1\) \/ Dr Claire Petit — ordonnancier n° 2026-0801\t\t7\t49\t.*Patient suivi en CSAPA/s,
    );
    expect(rows[2]).toMatch(
      /^5\t[^\t]+\tDispensation\tJean Martin \/ Dr Claire Petit — ordonnancier n° 2026-0802 — porteur\u202f: Paul Martin, 5 rue des Lilas, 69003 Lyon \(CNI 120369004512\)\t\t10\t39\t/,
    );
    expect(rows[3]).toMatch(/^6\t[^\t]+\tDispensation\tJean Martin \/ Dr Claire Petit — ordonnancier n° 2026-0803\t\t4\t35\t/);
    expect(rows[4]).toMatch(/^7\t[^\t]+\tPréparation magistrale\tPréparation n° PM-2026-031\t\t2\t33\t/);
    expect(rows[5]).toMatch(/^8\t[^\t]+\tRetour fournisseur\tOCP Répartition — Rappel de lot — bon BR-2026-118\t\t14\t19\t/);
    const shownToday = shown(app.today());
    expect(rows[6]).toMatch(
      new RegExp(
        `^9\\t.*\\tVol ou détournement\\tBoîte entamée manquante au coffre, constatée à l’inventaire du matin — plainte PV 2026/004512 du ${shownToday} — décl\\. ARS-ARA-2026-77 du ${shownToday} — décl\\. ANSM-VOL-2026-0012 du ${shownToday}\\t\\t3\\t16\\t.*Serrure du coffre forcée`,
        's',
      ),
    );
    await app.screenshot('exits-08-officine-register');
    await app.close();
  });
});

/** The set-up screen, for a veterinary practice. */
async function openVeterinaryRegister(page: Page) {
  await page.getByLabel('Nom de l’établissement').fill('Clinique vétérinaire des Tilleuls');
  await page.getByLabel('Adresse').fill('4 route de Vienne, 69200 Vénissieux');
  await page.getByRole('radio', { name: 'Cabinet ou clinique vétérinaire' }).check();
  await page.getByLabel('Nom et prénom').fill('Marc Lefèvre');
  await page.getByLabel('N° RPPS ou n° Ordre').fill('24567');
  // The reserve copy is not what this scenario is about.
  await page.getByRole('checkbox', { name: 'Ouvrir sans copie de réserve pour l’instant' }).check();
  await page.getByRole('button', { name: 'Ouvrir le registre' }).click();
  await expect.poll(() => page.locator('.topbar').textContent()).toContain('Clinique vétérinaire des Tilleuls');
}

const COMFORTAN = 'Comfortan — solution injectable 10 mg/mL';

/** Methadone for dogs and cats, counted in mL, 10 mL to a vial. */
async function addComfortan(page: Page) {
  await openTab(page, 'Produits');
  await page.getByLabel('Désignation').fill('Comfortan');
  await page.getByLabel('Forme').fill('solution injectable');
  await page.getByLabel('Dosage').fill('10 mg/mL');
  await page.getByLabel('Unité de prise').fill('mL');
  await page.getByLabel('Unités par boîte').fill('10');
  await page.getByRole('button', { name: 'Ajouter le produit' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Comfortan');
}

describe('exits of a veterinary practice', () => {
  it('records an administration and a hand-over to an owner, and offers no dispensation', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'veterinaire'), dataFolder: join(workDir, 'veterinaire-data') });
    const { page } = app;
    await openVeterinaryRegister(page);
    await addComfortan(page);
    await receiveBoxes(page, 3, {
      product: COMFORTAN,
      lot: 'L23A41',
      supplier: 'Centravet',
      address: 'ZI de Plancoët, 22130 Plancoët',
      deliveryRef: 'BL-CV-88412',
    }); // n° 3: 30 mL

    await openTab(page, 'Sorties');
    const kinds = page.getByRole('group', { name: 'Type de sortie' }).getByRole('radio');
    expect(await kinds.evaluateAll((radios) => radios.map((radio) => radio.parentElement?.textContent))).toEqual(VET_EXIT_KINDS);
    expect(await page.getByRole('radio', { name: 'Dispensation' }).count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Préparation magistrale' }).count()).toBe(0);

    // Administration in the practice: the species is mandatory.
    await chooseKind(page, 'Administration');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Administration à un animal');
    await chooseProduct(page, COMFORTAN);
    await page.getByLabel('Quantité (mL)').fill('0,8');
    await page.getByLabel('Identification de l’animal').fill('Rex — puce 250268500123456');
    await page.getByLabel('Nom du détenteur').fill('Sophie Bernard');
    await page.getByLabel('Adresse du détenteur').fill('17 rue Paul Bert, 69003 Lyon');
    await submitExit(page);
    await expect.poll(() => refusalUnder(page, 'Espèce').textContent()).toBe('Le champ «\u202fespèce\u202f» est obligatoire.');
    expect(await page.getByLabel('Identification de l’animal').inputValue()).toBe('Rex — puce 250268500123456');
    await app.screenshot('exits-09-vet-administration-refused');
    await page.getByLabel('Espèce').fill('Chien');
    await expectRecorded(page, 'Administration enregistrée sous le n° d’ordre 4.');

    // Hand-over to the owner, on prescription: the prescription's reference is mandatory.
    await chooseKind(page, 'Délivrance au détenteur');
    await chooseProduct(page, COMFORTAN);
    await page.getByLabel('Quantité (mL)').fill('5');
    await page.getByLabel('Identification de l’animal').fill('Mistigri — tatouage 2FXK123');
    await page.getByLabel('Espèce').fill('Chat');
    await page.getByLabel('Nom du détenteur').fill('Luc Moreau');
    await page.getByLabel('Adresse du détenteur').fill('9 quai Claude Bernard, 69007 Lyon');
    await submitExit(page);
    await expect
      .poll(() => refusalUnder(page, 'Référence de l’ordonnance').textContent())
      .toBe('Le champ «\u202fréférence de l’ordonnance\u202f» est obligatoire.');
    expect(await page.getByLabel('Nom du détenteur').inputValue()).toBe('Luc Moreau');
    await app.screenshot('exits-10-vet-dispensing-refused');
    await page.getByLabel('Référence de l’ordonnance').fill('ORD-2026-0456');
    // The veterinarian's own prescription: 28 days of treatment at most (art. R. 5132-30).
    await page.getByLabel('Durée du traitement prescrit (jours)').fill('35');
    await submitExit(page);
    await expect
      .poll(() => refusalUnder(page, 'Durée du traitement prescrit (jours)').textContent())
      .toBe('Un stupéfiant ne se prescrit pas pour plus de 28 jours de traitement (art. R. 5132-30 du code de la santé publique)\u202f: 35 jours indiqués.');
    await page.getByLabel('Durée du traitement prescrit (jours)').fill('14');
    await expectRecorded(page, onPrescription('Délivrance au détenteur', 5, app.today()));

    // A theft in a practice is declared to the DDPP and the ANSES.
    await chooseKind(page, 'Vol ou détournement');
    expect(await page.getByLabel('Déclaration à la DDPP (réf.)').count()).toBe(1);
    expect(await page.getByLabel('Déclaration à l’ANSES (réf.)').count()).toBe(1);
    expect(await page.getByLabel('Déclaration à l’ARS (réf.)').count()).toBe(0);
    await app.screenshot('exits-11-vet-theft-form');

    await openTab(page, 'Registre');
    await expect.poll(() => registerRows(page).count()).toBe(3);
    // The tab shows the newest line first; read here in register order.
    const rows = (await registerRows(page).allInnerTexts()).reverse();
    expect(rows[1]).toMatch(/^4\t[^\t]+\tAdministration\tRex — puce 250268500123456 \(Chien\) \/ Sophie Bernard\t\t0,8\t29,2\t/);
    expect(rows[2]).toMatch(
      /^5\t[^\t]+\tDélivrance au détenteur\tMistigri — tatouage 2FXK123 \(Chat\) \/ Luc Moreau — ordonnance ORD-2026-0456 — traitement de 14 jours\t\t5\t24,2\t/,
    );
    await app.screenshot('exits-12-vet-register');
    await app.close();
  });
});
