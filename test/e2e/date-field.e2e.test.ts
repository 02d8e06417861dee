// The application's own date field, driven with the keyboard in Chromium launched in
// English and in French: the same JJ/MM/AAAA display, one Tab stop after the quantity,
// the arrows to move by a day, and a French reason for a date the calendar lacks.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, chooseProduct, openRegister, openTab, receiveBoxes, SKENAN } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-date-field-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const DAY = new Date(2026, 11, 5, 10, 0); // Saturday 5 December 2026

describe.each(['en-US', 'fr-FR'] as const)('the date field in a browser set to %s', (lang) => {
  it('shows today as JJ/MM/AAAA after the quantity, one Tab stop, moved by the arrows and typed as digits', async () => {
    const app = await launchApp({ profileDir: join(workDir, lang), dataFolder: join(workDir, `${lang}-data`), clock: DAY, lang });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await openTab(page, 'Sorties');
    await page.getByRole('radio', { name: 'Dispensation', exact: true }).check();
    await chooseProduct(page, SKENAN);

    const date = page.getByLabel('Date de l’opération');
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    expect(await date.inputValue()).toBe('05/12/2026');

    // Quantity, then one Tab to the date, then one Tab out of it.
    await page.getByLabel('Quantité (gélule)').focus();
    await page.keyboard.type('7');
    await page.keyboard.press('Tab');
    expect(await date.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await date.inputValue()).toBe('03/12/2026');
    await page.keyboard.press('ArrowUp');
    expect(await date.inputValue()).toBe('04/12/2026');
    await page.keyboard.press('PageDown');
    expect(await date.inputValue()).toBe('04/11/2026');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('29022027');
    expect(await date.inputValue()).toBe('29/02/2027');
    await expect
      .poll(() => page.locator('.field').filter({ has: date }).getByRole('alert').textContent())
      .toBe('Le 29/02/2027 n’existe pas\u202f: 2027 n’est pas une année bissextile, février compte 28 jours.');

    await page.keyboard.press('ControlOrMeta+A');
    // Today again, typed short: the register opened today refuses any earlier day.
    await page.keyboard.type('5/12/26');
    await page.keyboard.press('Tab');
    expect(await date.inputValue()).toBe('05/12/2026');
    expect(await date.evaluate((input) => input === document.activeElement)).toBe(false);
    expect(await page.locator('.field').filter({ has: date }).getByRole('alert').count()).toBe(0);
    await app.screenshot(`date-field-${lang}`);

    // The day typed is the day recorded.
    await page.getByRole('radio', { name: 'Patient', exact: true }).check();
    await page.getByLabel('Nom du patient').fill('Jean Martin');
    await page.getByLabel('Adresse du patient').fill('3 rue des Lilas, 69003 Lyon');
    await page.getByLabel('Nom du prescripteur').fill('Dr Claire Petit');
    await page.getByLabel('Adresse du prescripteur').fill('8 avenue Foch, 69006 Lyon');
    await page.getByLabel('N° d’ordonnancier').fill('2026-1201');
    await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await app.screenshot(`date-field-${lang}-recorded`);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Dispensation enregistrée');
    await openTab(page, 'Registre');
    await expect.poll(async () => (await page.locator('table.register-table tbody tr').allInnerTexts()).join('\n')).toMatch(/05\/12\/2026\s+Dispensation/);
    await app.close();
  });
});
