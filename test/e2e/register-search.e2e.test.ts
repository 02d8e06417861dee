// Finding in the register: newest first, every product at once, by kind, period, patient
// or prescriber; a patient's narcotics with the periods covered on a timeline.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, chooseProduct, dispense, openRegister, openTab, receiveBoxes, SKENAN } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-search-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const lines = (page: Page) => page.locator('table.register-table tbody tr');
/** Waits for the suggestions of a name field, then takes the first with Entrée. */
async function takeFirstSuggestion(page: Page, label: string) {
  await expect
    .poll(() =>
      page
        .getByRole('listbox', { name: `Déjà inscrits — ${label}` })
        .getByRole('option')
        .count(),
    )
    .toBeGreaterThan(0);
  await page.keyboard.press('Enter');
}
const seqs = async (page: Page) => (await lines(page).allInnerTexts()).map((text) => Number(text.split('\t')[0]));
/** The balance column of one product's register (n° d’ordre, date, nature, tiers, entrée, sortie, solde). */
const balances = async (page: Page) => (await lines(page).allInnerTexts()).map((text) => text.split('\t')[6]);

/** A dispensation to Mme Hélène Lefèvre of Dr Paul Roux, on a prescription dated today for 28 days. */
async function dispenseToHelene(page: Page, units: number, ordonnancier: string, today: string) {
  await openTab(page, 'Sorties');
  await chooseProduct(page, SKENAN);
  await page.getByLabel('Quantité (gélule)').fill(String(units));
  await page.getByLabel('Nom du patient').fill('Hélène Lefèvre');
  await page.getByLabel('Adresse du patient').fill('5 place Bellecour, 69002 Lyon');
  await page.getByLabel('Nom du prescripteur').fill('Dr Paul Roux');
  await page.getByLabel('Adresse du prescripteur').fill('1 quai Perrache, 69002 Lyon');
  await page.getByLabel('N° d’ordonnancier').fill(ordonnancier);
  await page.getByLabel('Date de l’ordonnance').fill(today);
  await page.getByLabel('Durée prescrite (jours)').fill('28');
  await page.getByLabel('Quantité prescrite pour toute la durée (gélule)').fill(String(units));
  await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Dispensation enregistrée');
}

describe('finding in the register', () => {
  it('lists newest first, filters by kind, period and patient, and shows the patient’s timeline', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), clock: new Date(2026, 10, 23, 10, 0) });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 4); // n° 3
    await dispense(page, 10, '2026-0001'); // n° 4, Jean Martin
    await dispenseToHelene(page, 14, '2026-0002', '2026-11-23'); // n° 5
    await dispense(page, 5, '2026-0003'); // n° 6, Jean Martin

    await openTab(page, 'Registre');
    await expect.poll(() => seqs(page)).toEqual([6, 5, 4, 3]);
    expect(await lines(page).first().innerText()).toMatch(/^6\t.*\t5\t27\t/);

    // One product by kind, then by period: its lines read by index, each with the balance of the whole register.
    await page.getByRole('combobox', { name: 'Nature' }).selectOption({ label: 'Dispensation' });
    await expect.poll(() => seqs(page)).toEqual([6, 5, 4]);
    await expect.poll(() => balances(page)).toEqual(['27', '32', '46']);
    await app.screenshot('register-search-00-product-kind');
    await page.getByRole('combobox', { name: 'Nature' }).selectOption({ label: 'Toutes' });
    const since = page.getByRole('group', { name: 'Rechercher dans le registre' }).getByLabel('Du', { exact: true });
    await since.fill('2026-11-24');
    await expect.poll(() => page.getByText('Aucun mouvement ne répond à cette recherche.', { exact: true }).count()).toBe(1);
    expect(await lines(page).count()).toBe(0);
    await since.fill('2026-11-23');
    await expect.poll(() => seqs(page)).toEqual([6, 5, 4, 3]);
    await expect.poll(() => balances(page)).toEqual(['27', '32', '46', '56']);
    await since.fill('');

    // Every product at once: the product is named on each line, and no balance is shown.
    await page.getByRole('combobox', { name: 'Produit', exact: true }).selectOption({ label: 'Tous les produits' });
    await expect.poll(() => page.getByRole('table', { name: 'Registre' }).locator('thead').innerText()).toContain('Produit');
    expect(await page.getByRole('table', { name: 'Registre' }).locator('thead').innerText()).not.toContain('Solde');
    expect(await lines(page).first().innerText()).toContain(SKENAN);

    // By kind: the receipts only.
    await page.getByRole('combobox', { name: 'Nature' }).selectOption({ label: 'Réception' });
    await expect.poll(() => seqs(page)).toEqual([3]);
    await page.getByRole('combobox', { name: 'Nature' }).selectOption({ label: 'Toutes' });

    // By period: nothing before the day of the movements.
    await page.getByLabel('Au').fill('2026-11-22');
    await expect.poll(() => page.locator('.empty').textContent()).toBe('Aucun mouvement ne répond à cette recherche.');
    await page.getByLabel('Au').fill('');

    // By patient, from the names the register holds: Jean Martin's lines, then Hélène Lefèvre's and her timeline.
    await page.getByRole('combobox', { name: 'Patient' }).pressSequentially('martin');
    await takeFirstSuggestion(page, 'Patient');
    await expect.poll(() => seqs(page)).toEqual([6, 4]);
    await page.getByRole('button', { name: 'Effacer le filtre «\u202fPatient\u202f»' }).click();
    await page.getByRole('combobox', { name: 'Patient' }).pressSequentially('LEFE');
    await takeFirstSuggestion(page, 'Patient');
    await expect.poll(() => seqs(page)).toEqual([5]);
    const history = page.getByRole('region', { name: 'Historique de Hélène Lefèvre' });
    await expect.poll(() => history.textContent()).toContain('Skenan LP — n° 5, le 23/11/2026\u202f: 14, couvre du 23/11/2026 au 20/12/2026 (Dr Paul Roux)');
    expect(await history.locator('.patient-history__bar').count()).toBe(1);
    await app.screenshot('register-search-01-patient');

    // By prescriber: Dr Claire Petit's lines, whoever the patient.
    await page.getByRole('button', { name: 'Effacer le filtre «\u202fPatient\u202f»' }).click();
    await page.getByRole('combobox', { name: 'Prescripteur' }).pressSequentially('petit');
    await takeFirstSuggestion(page, 'Prescripteur');
    await expect.poll(() => seqs(page)).toEqual([6, 4]);
    await app.screenshot('register-search-02-prescriber');
    await app.close();
  });
});
