// The public medicines catalogue: the four BDPM files imported on the Produits tab (the
// app never goes online), a narcotic presentation found by its substance, accents aside,
// and turned into a product in two actions, with its units, substance and prescription
// limits; then a box of another presentation scanned at reception is created from the
// catalogue in one button, and chosen with its lot and expiry.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { openRegister, openTab } from './steps';
import { BDPM_FILE_NAMES, BDPM_FIXTURES } from '../fixtures/bdpm';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-catalogue-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('the public medicines catalogue', () => {
  it('imports the BDPM files, creates a product from a presentation in two actions, and one from a scanned box', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data') });
    const { page } = app;
    const YY = String(app.now().getFullYear() + 2).slice(2);
    await openRegister(page);
    await openTab(page, 'Produits');

    // Three of the four files: refused, nothing kept.
    await page.getByLabel('Fichiers du catalogue (les quatre ensemble)').setInputFiles(BDPM_FILE_NAMES.slice(0, 3).map((name) => join(BDPM_FIXTURES, name)));
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Il manque le fichier CIS_CPD_bdpm.txt');
    await page.getByLabel('Fichiers du catalogue (les quatre ensemble)').setInputFiles(BDPM_FILE_NAMES.map((name) => join(BDPM_FIXTURES, name)));
    await expect.poll(() => page.locator('.catalogue__state').textContent()).toContain('5 présentations de médicaments stupéfiants, importées le');

    // Found by its substance without its accent; the conditions' limits are shown.
    await page.getByLabel('Chercher dans le catalogue (nom, CIP13, substance)').fill('methadone');
    const rows = page.locator('table.catalogue-table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('14 jours, fractions de 7 jours');
    await app.screenshot('catalogue-01-search');

    // Two actions: choose it, then add (Enter from the units per box the cursor waits on).
    await page.getByLabel('Chercher dans le catalogue (nom, CIP13, substance)').fill('skenan');
    await page.getByRole('button', { name: 'Préremplir le produit avec SKENAN L.P. 30 mg (3400930039946)' }).click();
    expect(await page.getByLabel('Désignation').inputValue()).toBe('SKENAN L.P. 30 mg');
    expect(await page.getByLabel('Unités par boîte').inputValue()).toBe('14');
    expect(await page.getByLabel('Unité de prise').inputValue()).toBe('gélule');
    expect(await page.getByLabel('Code CIP13 (facultatif)').inputValue()).toBe('3400930039946');
    expect(await page.getByLabel('Substance', { exact: true }).inputValue()).toBe('Morphine');
    expect(await page.getByLabel('Nom du sel').inputValue()).toBe('sulfate');
    expect(await page.getByLabel('Quantité de substance par gélule').inputValue()).toBe('30');
    expect(await page.getByLabel('Durée maximale de prescription (jours)').inputValue()).toBe('28');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('perBox');
    await app.screenshot('catalogue-02-prefilled');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('table.products-table tbody').textContent()).toContain('SKENAN L.P. 30 mg');
    expect(await page.getByLabel('Désignation').inputValue()).toBe('');
    expect(await page.locator('table.products-table tbody').textContent()).toContain('Morphine (sulfate) — 30 mg par gélule');

    // The methadone's limits go with its product (art. R. 5132-30).
    await page.getByLabel('Chercher dans le catalogue (nom, CIP13, substance)').fill('méthadone');
    await page.getByRole('button', { name: 'Préremplir le produit avec METHADONE AP-HP 40 mg (3400934988035)' }).click();
    expect(await page.getByLabel('Durée maximale de prescription (jours)').inputValue()).toBe('14');
    expect(await page.getByLabel('Délivrance fractionnée par (jours)').inputValue()).toBe('7');
    expect(await page.getByLabel('Unités par boîte').inputValue()).toBe('15');
    expect(await page.getByLabel('Unité de prise').inputValue()).toBe('mL');

    // A box of a presentation no product has yet, scanned at reception: created and chosen.
    await openTab(page, 'Entrées');
    await page.getByRole('textbox', { name: 'Quantité', exact: true }).focus();
    await page.keyboard.type(`]d2010${'3400955123453'}17${YY}0600` + `10FX-204\u001d21S0001`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.scan-notice').textContent()).toContain('Au catalogue importé');
    await app.screenshot('catalogue-03-scan-unknown');
    await page.getByRole('button', { name: 'Créer ce produit' }).click();
    await expect
      .poll(() => page.locator('.scan-notice').textContent())
      .toContain('Produit «\u202fDUROGESIC 12 microgrammes/heure\u202f» créé depuis le catalogue et choisi.');
    await expect.poll(() => page.getByRole('combobox', { name: 'Produit', exact: true }).inputValue()).toContain('DUROGESIC');
    expect(await page.getByRole('textbox', { name: 'N° de lot', exact: true }).inputValue()).toBe('FX-204');
    expect(await page.getByRole('textbox', { name: 'Péremption (MM/AAAA)', exact: true }).inputValue()).toBe(`06/20${YY}`);
    await app.screenshot('catalogue-04-scan-created');
    await app.close();
  });
});
