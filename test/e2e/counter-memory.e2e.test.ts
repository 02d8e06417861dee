// The counter's memory, in the window: people the register named are offered as a name is
// typed and fill their address; « Même ordonnance, produit suivant » keeps the prescription;
// a line that looks entered twice is asked about; the supplier survives a change of tab.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, chooseProduct, dispense, openRegister, openTab, receiveBoxes, SKENAN } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-memory-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const focused = (page: Page, label: string) => page.getByLabel(label).evaluate((input) => input === document.activeElement);
const status = (page: Page) => page.getByRole('status').textContent();

describe('the counter’s memory', () => {
  it('offers the people already named, keeps the prescription for the next product, and asks before a line entered twice', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), clock: new Date(2026, 10, 23, 10, 0) });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 4); // n° 3: 56 gélules
    await dispense(page, 10, '2026-0001'); // n° 4: Jean Martin, Dr Claire Petit

    // The supplier of the delivery is still there after a visit to another tab.
    await openTab(page, 'Stock');
    await openTab(page, 'Entrées');
    await page.getByRole('radio', { name: 'Réception', exact: true }).check();
    expect(await page.getByRole('combobox', { name: 'Fournisseur', exact: true }).inputValue()).toBe('OCP Répartition');
    expect(await page.getByLabel('Adresse du fournisseur').inputValue()).toBe('ZI Sud, 69800 Saint-Priest');
    // Emptied, the field offers the recent suppliers as soon as it is entered; Entrée takes one back whole.
    const supplier = page.getByRole('combobox', { name: 'Fournisseur', exact: true });
    await supplier.fill('');
    await page.getByLabel('Adresse du fournisseur').fill('');
    await page.getByRole('combobox', { name: 'Qualité du fournisseur', exact: true }).fill('');
    await page.getByLabel('N° de lot').focus();
    await supplier.focus();
    await expect
      .poll(() => page.getByRole('listbox', { name: 'Déjà inscrits — Fournisseur' }).getByRole('option').allTextContents())
      .toEqual(['OCP RépartitionZI Sud, 69800 Saint-Priest · Grossiste-répartiteur · vu le 23/11/2026']);
    await app.screenshot('memory-00-supplier-recent');
    await page.keyboard.press('Enter');
    expect(await supplier.inputValue()).toBe('OCP Répartition');
    expect(await page.getByLabel('Adresse du fournisseur').inputValue()).toBe('ZI Sud, 69800 Saint-Priest');
    expect(await page.getByRole('combobox', { name: 'Qualité du fournisseur', exact: true }).inputValue()).toBe('Grossiste-répartiteur');
    await expect.poll(() => focused(page, 'N° du bon de livraison')).toBe(true);

    // A known patient: three letters, any case, no accent needed, and Entrée.
    await openTab(page, 'Sorties');
    await chooseProduct(page, SKENAN);
    await page.getByLabel('Quantité (gélule)').fill('10');
    await page.getByLabel('Nom du patient').pressSequentially('MAR');
    const patients = page.getByRole('listbox', { name: 'Déjà inscrits — Nom du patient' });
    await expect.poll(() => patients.getByRole('option').allTextContents()).toEqual(['Jean Martin3 rue des Lilas, 69003 Lyon · vu le 23/11/2026']);
    await app.screenshot('memory-01-patient-suggested');
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Nom du patient').inputValue()).toBe('Jean Martin');
    expect(await page.getByLabel('Adresse du patient').inputValue()).toBe('3 rue des Lilas, 69003 Lyon');
    await expect.poll(() => focused(page, 'Nom du prescripteur')).toBe(true);
    await page.keyboard.type('pet');
    await expect.poll(() => page.getByRole('listbox', { name: 'Déjà inscrits — Nom du prescripteur' }).getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Adresse du prescripteur').inputValue()).toBe('8 avenue Foch, 69006 Lyon');
    await expect.poll(() => focused(page, 'N° d’ordonnancier')).toBe(true);

    // The same ordonnancier number for the same product: asked, and not recorded on a no.
    await page.keyboard.type('2026-0001');
    await page.keyboard.press('Enter');
    const question = page.getByRole('alert').filter({ hasText: 'Cette dispensation semble déjà inscrite' });
    await expect.poll(() => question.textContent()).toContain('N° d’ordre 4, le 23/11/2026\u202f: même n° d’ordonnancier, même produit.');
    await app.screenshot('memory-02-duplicate-asked');
    await question.getByRole('button', { name: 'Ne pas inscrire' }).click();
    expect(await question.count()).toBe(0);
    expect(await page.getByRole('status').count()).toBe(0);

    // Another number, but the same patient, product and quantity on the same day: asked again, recorded on a yes.
    await page.getByLabel('N° d’ordonnancier').fill('2026-0002');
    await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await expect.poll(() => question.textContent()).toContain('même patient, même produit, même quantité, le même jour');
    await question.getByRole('button', { name: 'Inscrire quand même' }).click();
    await expect
      .poll(() => status(page))
      .toBe(
        'Dispensation enregistrée sous le n° d’ordre 5. Copie de l’ordonnance à conserver jusqu’au 23/11/2029 (art. R. 5132-35 du code de la santé publique).',
      );

    // The next product of the same prescription keeps who and which prescription.
    await chooseProduct(page, SKENAN);
    await page.getByLabel('Quantité (gélule)').fill('3');
    await page.getByLabel('Nom du patient').fill('Jean Martin');
    await page.getByLabel('Adresse du patient').fill('3 rue des Lilas, 69003 Lyon');
    await page.getByLabel('Nom du prescripteur').fill('Dr Claire Petit');
    await page.getByLabel('Adresse du prescripteur').fill('8 avenue Foch, 69006 Lyon');
    await page.getByLabel('N° d’ordonnancier').fill('2026-0003');
    await page.getByRole('button', { name: 'Même ordonnance, produit suivant' }).click();
    await expect
      .poll(() => status(page))
      .toBe(
        'Dispensation enregistrée sous le n° d’ordre 6. Copie de l’ordonnance à conserver jusqu’au 23/11/2029 (art. R. 5132-35 du code de la santé publique).',
      );
    expect(await page.getByLabel('Nom du patient').inputValue()).toBe('Jean Martin');
    expect(await page.getByLabel('Adresse du prescripteur').inputValue()).toBe('8 avenue Foch, 69006 Lyon');
    expect(await page.getByLabel('N° d’ordonnancier').inputValue()).toBe('2026-0003');
    expect(await page.getByRole('textbox', { name: 'Quantité', exact: true }).inputValue()).toBe('');
    await app.screenshot('memory-03-next-product');
    await app.close();
  });
});
