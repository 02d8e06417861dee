// The first slice, as a pharmacist does it: open the register, add a product, receive
// it, dispense it, read the register; then close the browser, reopen the same profile
// and find the same register.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './harness/launch';
import { addSkenan, chooseProduct, openRegister, openTab } from './steps';

let workDir: string;
let profileDir: string;
let dataFolder: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-e2e-'));
  profileDir = join(workDir, 'profile');
  dataFolder = join(workDir, 'data');
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function registerRows(page: Page) {
  return page.locator('table.register-table tbody tr');
}

describe('first slice of the register, through the window', () => {
  it('opens, records a receipt and a dispensation, and keeps them across a restart', async () => {
    let app: RunningApp = await launchApp({ profileDir, dataFolder });
    const { page } = app;

    // First launch: the establishment and its holder; an empty form is refused in French.
    await expect.poll(() => page.getByRole('heading', { name: 'Ouverture du registre' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Ouvrir le registre' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('est obligatoire');
    await app.screenshot('01-setup-refused');
    await openRegister(page);
    await expect.poll(() => page.locator('.footer').textContent()).toContain('version e2e');

    // A product, counted in capsules, 14 to a box.
    await addSkenan(page, { cip13: '3400935955838' });
    await app.screenshot('03-products');

    // Receipt of two boxes from the wholesaler.
    await openTab(page, 'Entrées');
    await chooseProduct(page, 'Skenan LP — gélule LP 30 mg');
    await page.getByRole('textbox', { name: 'Quantité', exact: true }).fill('2');
    await page.getByRole('textbox', { name: 'N° de lot', exact: true }).fill('SK4521');
    await page.getByRole('textbox', { name: 'Péremption (MM/AAAA)', exact: true }).fill(`06/${app.now().getFullYear() + 2}`);
    await page.getByRole('combobox', { name: 'Fournisseur', exact: true }).fill('OCP Répartition');
    await page.getByRole('combobox', { name: 'Qualité du fournisseur', exact: true }).fill('Grossiste-répartiteur');
    await page.getByRole('textbox', { name: 'Adresse du fournisseur', exact: true }).fill('ZI Sud, 69800 Saint-Priest');
    await page.getByLabel('N° du bon de livraison').fill('BL-2026-118');
    await expect.poll(() => page.locator('.stock-preview').textContent()).toContain('après ce mouvement\u202f: 28 gélules');
    await page.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('n° d’ordre 3');
    await app.screenshot('04-receipt');

    // A dispensation beyond the stock is refused and writes nothing; then a valid one.
    await openTab(page, 'Sorties');
    await chooseProduct(page, 'Skenan LP — gélule LP 30 mg');
    await page.getByLabel('Quantité (gélule)').fill('40');
    await page.getByLabel('N° d’ordonnancier').fill('2026-0457');
    await page.getByLabel('Nom du patient').fill('Jean Martin');
    await page.getByLabel('Adresse du patient').fill('3 rue des Lilas, 69003 Lyon');
    await page.getByLabel('Nom du prescripteur').fill('Dr Claire Petit');
    await page.getByLabel('Adresse du prescripteur').fill('8 avenue Foch, 69006 Lyon');
    await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Stock insuffisant');
    await app.screenshot('05-dispensation-refused');
    await page.getByLabel('Quantité (gélule)').fill('10');
    await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('n° d’ordre 4');
    await app.screenshot('06-dispensation');

    await openTab(page, 'Registre');
    await expect.poll(() => registerRows(page).count()).toBe(2);
    // The tab shows the newest line first; read here in register order.
    const rowsBefore = (await registerRows(page).allInnerTexts()).reverse();
    expect(rowsBefore[0]).toMatch(
      /^3\t.*Réception\tOCP Répartition \(Grossiste-répartiteur\) — BL BL-2026-118 — lot SK4521, pér\. 06\/\d{4}\t28\t\t28\tHélène Durand\tCorriger$/,
    );
    expect(rowsBefore[1]).toMatch(/^4\t.*Dispensation\tJean Martin \/ Dr Claire Petit — ordonnancier n° 2026-0457\t\t10\t18\tHélène Durand\tCorriger$/);
    await app.screenshot('07-register');

    await openTab(page, 'Stock');
    await expect.poll(() => page.getByRole('table', { name: 'Stock actuel' }).innerText()).toContain('18');
    await app.screenshot('08-stock');

    // Close the browser entirely and reopen the same profile.
    const { port } = app;
    await app.close();
    app = await launchApp({ profileDir, dataFolder, port });
    const reopened = app.page;
    await expect.poll(() => reopened.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
    const stockTable = reopened.getByRole('table', { name: 'Stock actuel' });
    await expect.poll(() => stockTable.innerText()).toMatch(/Skenan LP.*\t18\t18\t—\tgélule/);
    await openTab(reopened, 'Registre');
    await expect.poll(() => registerRows(reopened).count()).toBe(2);
    expect((await registerRows(reopened).allInnerTexts()).reverse()).toEqual(rowsBefore);
    await app.screenshot('09-register-after-restart');
    await app.close();
  });
});
