// A mistake is corrected by a reversing line that names it, never by changing it: both
// stay in the register, and a correction that would take away units already gone is refused.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-correction-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/**
 * At each scroll of the register's box, every field of the corrected entry, its label and
 * its legend that the box shows, and that lies under the entry's save button: none, when
 * nothing of the form hides behind the button.
 */
async function fieldsUnderSave(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const box = document.querySelector('.register-scroll');
    const row = document.querySelector('.register-table__correction');
    const save = row?.querySelector('form button.primary[type="submit"]');
    if (!box || !row || !save) return ['(formulaire absent)'];
    const under: string[] = [];
    for (let top = 0; top <= box.scrollHeight; top += 40) {
      box.scrollTop = top;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const button = save.getBoundingClientRect();
      const shown = box.getBoundingClientRect();
      for (const element of row.querySelectorAll('input, select, textarea, label, legend')) {
        const place = element.getBoundingClientRect();
        if (place.height === 0 || place.bottom <= shown.top || place.top >= shown.bottom) continue;
        const overlaps = place.left < button.right && place.right > button.left && place.top < button.bottom && place.bottom > button.top;
        if (overlaps) under.push(`${top}px : ${element.getAttribute('name') ?? element.textContent ?? ''}`);
      }
    }
    return under;
  });
}

describe('correction by contre-passation', () => {
  it('adds a reversing line next to the original, and refuses what the stock cannot bear', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data') });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await dispense(page, 10, '2026-0700');

    await openTab(page, 'Registre');
    await page.getByRole('button', { name: 'Corriger le n° 4' }).click();
    await page.getByRole('button', { name: 'Enregistrer la contre-passation' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Choisissez le motif');
    await page.getByRole('combobox', { name: 'Motif' }).selectOption({ label: 'Erreur de quantité' });
    await page.getByRole('textbox', { name: 'Explication' }).fill('Délivré 1 boîte de 14, saisi 10');
    await app.screenshot('correction-01-form');
    await page.getByRole('button', { name: 'Enregistrer la contre-passation' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('n° d’ordre 5 (annule le n° 4)');

    // The lines, newest first; the correction opened under its line stays there with what follows.
    const rows = page.locator('table.register-table tbody tr:not(.register-table__correction)');
    await expect.poll(() => rows.count()).toBe(3);
    const texts = await rows.allInnerTexts();
    expect(texts[0]).toMatch(/^5\t.*Contre-passation du n° 4\tErreur de quantité\u202f: Délivré 1 boîte de 14, saisi 10\t10\t\t28\tHélène Durand\t$/);
    expect(texts[1]).toMatch(/^4\t.*Dispensation\t.*\t\t10\t18\tHélène Durand\tCorrigé par le n° 5$/);
    expect(await page.getByRole('button', { name: 'Corriger le n° 4' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Corriger le n° 5' }).count()).toBe(0);
    await app.screenshot('correction-02-register');

    // The right movement, entered from the reversed one: only the quantity changes.
    await page.getByRole('button', { name: 'Saisir le mouvement corrigé' }).click();
    const corrected = page.locator('.register-table__correction');
    expect(await corrected.getByLabel('Nom du patient').inputValue()).toBe('Jean Martin');
    expect(await corrected.getByLabel('N° d’ordonnancier').inputValue()).toBe('2026-0700');
    expect(await corrected.getByLabel('Quantité (gélule)').inputValue()).toBe('10');
    await corrected.getByLabel('Quantité (gélule)').fill('14');
    await app.screenshot('correction-03-corrected-entry');
    await corrected.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    // The same ordonnancier number is not asked about: its first line is corrected.
    await expect
      .poll(() => corrected.getByRole('status').last().textContent())
      .toMatch(/^Dispensation enregistrée sous le n° d’ordre 6\. Copie de l’ordonnance à conserver jusqu’au /);
    await page.getByRole('button', { name: 'Fermer' }).click();
    await expect.poll(() => rows.count()).toBe(4);
    expect((await rows.allInnerTexts())[0]).toMatch(/^6\t.*Dispensation\t.*\t\t14\t14\t/);

    // Once 20 units have left, the receipt of 28 can no longer be reversed.
    await dispense(page, 6, '2026-0701');
    await openTab(page, 'Registre');
    await page.getByRole('button', { name: 'Corriger le n° 3' }).click();
    await page.getByRole('combobox', { name: 'Motif' }).selectOption({ label: 'Erreur de produit' });
    await page.getByRole('textbox', { name: 'Explication' }).fill('Mauvais dosage reçu');
    await page.getByRole('button', { name: 'Enregistrer la contre-passation' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Stock insuffisant');
    await expect.poll(() => rows.count()).toBe(5);
    // The form sits under the line it corrects, the oldest, at the bottom.
    expect(await page.locator('table.register-table tbody tr').last().getAttribute('class')).toBe('register-table__correction');
    await app.screenshot('correction-04-refused');
    await app.close();
  });

  it('enters a reversed receipt again from its row, the cursor on what the reason names', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'receipt-profile'), dataFolder: join(workDir, 'receipt-data') });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 2, { lot: 'SK7788', deliveryRef: 'BL-2026-300' });

    await openTab(page, 'Registre');
    await page.getByRole('button', { name: 'Corriger le n° 3' }).click();
    // The form opens on its reason: « e » chooses « Erreur de quantité ».
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('reason');
    await page.keyboard.press('e');
    expect(await page.getByRole('combobox', { name: 'Motif' }).inputValue()).toBe('quantite');
    await page.getByRole('textbox', { name: 'Explication' }).fill('Reçu 3 boîtes, saisi 2');
    await page.getByRole('button', { name: 'Enregistrer la contre-passation' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('n° d’ordre 4 (annule le n° 3)');

    // Entrée opens the receipt's form, filled from the reversed line, on its quantity in units.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Saisir le mouvement corrigé');
    await page.keyboard.press('Enter');
    const corrected = page.locator('.register-table__correction');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('quantity');
    expect(await page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement).value)).toBe('28');
    // The product's label shows once the form's list of products is read.
    await expect.poll(() => corrected.getByRole('combobox', { name: 'Produit', exact: true }).inputValue()).toBe('Skenan LP — gélule LP 30 mg');
    expect(await corrected.getByRole('radio', { name: 'gélule', exact: true }).isChecked()).toBe(true);
    expect(await corrected.getByRole('textbox', { name: 'N° de lot', exact: true }).inputValue()).toBe('SK7788');
    expect(await corrected.getByRole('textbox', { name: 'Péremption (MM/AAAA)', exact: true }).inputValue()).toMatch(/^12\/\d{4}$/);
    expect(await corrected.getByRole('combobox', { name: 'Fournisseur', exact: true }).inputValue()).toBe('OCP Répartition');
    expect(await corrected.getByRole('textbox', { name: 'N° du bon de livraison', exact: true }).inputValue()).toBe('BL-2026-300');
    await app.screenshot('correction-05-receipt-prefilled');
    await page.keyboard.type('42');
    await page.keyboard.press('Enter');
    await expect.poll(() => corrected.getByRole('status').last().textContent()).toContain('Réception enregistrée sous le n° d’ordre 5');
    await page.getByRole('button', { name: 'Fermer' }).click();
    const rows = page.locator('table.register-table tbody tr:not(.register-table__correction)');
    await expect.poll(() => rows.count()).toBe(3);
    expect((await rows.allInnerTexts())[0]).toMatch(/^5\t.*Réception\t.*SK7788.*\t42\t\t42\t/);
    await app.close();
  });

  it('hides no field of a corrected dispensation behind its save button, at 1280×720 and at 150 %', async () => {
    const app = await launchApp({
      profileDir: join(workDir, 'layout-profile'),
      dataFolder: join(workDir, 'layout-data'),
      viewport: { width: 1280, height: 720 },
    });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await dispense(page, 10, '2026-0700');

    await openTab(page, 'Registre');
    await page.getByRole('button', { name: 'Corriger le n° 4' }).click();
    await page.keyboard.press('e');
    await page.getByRole('textbox', { name: 'Explication' }).fill('Délivré 8, saisi 10');
    await page.getByRole('button', { name: 'Enregistrer la contre-passation' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Saisir le mouvement corrigé');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('quantity');
    await app.screenshot('correction-06-dispensation-1280x720', { fullPage: false });
    expect(await fieldsUnderSave(page)).toEqual([]);

    // 150 % of a 1280×720 screen: 853×480 CSS pixels.
    await page.setViewportSize({ width: 853, height: 480 });
    await page.locator('.register-table__correction [name="quantity"]').evaluate((field) => field.scrollIntoView({ block: 'center' }));
    await app.screenshot('correction-07-dispensation-150', { fullPage: false });
    expect(await fieldsUnderSave(page)).toEqual([]);
    // At the end of the box, the save button after the last field.
    await page.locator('.register-table__correction').getByRole('button', { name: 'Enregistrer la sortie' }).scrollIntoViewIfNeeded();
    await app.screenshot('correction-08-dispensation-150-save', { fullPage: false });
    // The save button is reached within the box, below the last field, and records.
    await page.locator('.register-table__correction [name="quantity"]').fill('8');
    await page.locator('.register-table__correction').getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await expect.poll(() => page.locator('.register-table__correction').getByRole('status').last().textContent()).toContain('n° d’ordre 6');
    await app.close();
  });
});
