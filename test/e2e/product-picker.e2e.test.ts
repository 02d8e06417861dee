// The product of a movement is chosen by typing: found by name without its accent, by
// substance or CIP13, listed alphabetically with its stock, chosen with the arrows and
// Enter, which chooses and does not submit the form.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, openRegister, openTab, receiveBoxes } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-picker-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('the product picker of the entry and exit forms', () => {
  it('finds a product by name, substance or CIP13, shows its stock, and chooses it from the keyboard', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data') });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page, { cip13: '3400930039946', substance: { name: 'Morphine', salt: 'sulfate', mg: '30' } });
    // A second product, to choose between.
    await page.getByLabel('Désignation').fill('Actiskénan');
    await page.getByLabel('Forme').fill('gélule');
    await page.getByLabel('Dosage').fill('5 mg');
    await page.getByLabel('Unité de prise').fill('gélule');
    await page.getByLabel('Unités par boîte').fill('14');
    await page.getByRole('button', { name: 'Ajouter le produit' }).click();
    await expect.poll(() => page.locator('table.products-table tbody tr').count()).toBe(2);
    await receiveBoxes(page, 2);

    await openTab(page, 'Sorties');
    await page.getByRole('radio', { name: 'Dispensation', exact: true }).check();
    const picker = page.getByRole('combobox', { name: 'Produit', exact: true });
    await picker.focus();
    await page.keyboard.type('skenan');
    const options = page.getByRole('listbox', { name: 'Produit', exact: true }).getByRole('option');
    // The name that starts with what is typed first, then the one that only holds it.
    await expect.poll(() => options.allInnerTexts()).toEqual(['Skenan LP — gélule LP 30 mg\nstock 28 gélule', 'Actiskénan — gélule 5 mg\nstock 0 gélule']);
    await app.screenshot('picker-01-open');

    // Arrows down and up, Enter: chosen, the form not submitted, the cursor on the quantity.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('quantity');
    expect(await picker.inputValue()).toBe('Skenan LP — gélule LP 30 mg');
    expect(await page.getByRole('alert').count()).toBe(0);
    await expect.poll(() => page.locator('.stock-preview').textContent()).toContain('28');

    // By substance, then by CIP13.
    await picker.fill('morphine');
    await expect.poll(() => options.allInnerTexts()).toEqual(['Skenan LP — gélule LP 30 mg\nstock 28 gélule']);
    await picker.fill('34009300');
    await expect.poll(() => options.count()).toBe(1);
    await page.keyboard.press('Enter');
    expect(await picker.inputValue()).toBe('Skenan LP — gélule LP 30 mg');

    // Nothing found: said, and Escape gives back the product chosen.
    await picker.fill('fentanyl');
    await expect.poll(() => page.locator('.product-picker__none').textContent()).toContain('Aucun produit ne correspond');
    await page.keyboard.press('Escape');
    expect(await picker.inputValue()).toBe('');
    await app.close();
  });
});
