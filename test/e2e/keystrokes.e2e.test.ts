// Measured, not asserted by hand: the keys a dispensation to a known patient takes at the
// counter, keyboard only, from the product field where the previous line left the cursor.
// Every key is counted as pressed; the count is printed and held under 30.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, dispense, openRegister, receiveBoxes } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-keys-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** A keyboard that counts what it presses. */
function countingKeyboard(page: Page) {
  let keys = 0;
  return {
    press: async (key: string) => {
      keys += 1;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      keys += [...text].length;
      await page.keyboard.type(text);
    },
    /** Tab until the focused field is `name`, at most `most` times. */
    tabTo: async (name: string, most = 15) => {
      for (let count = 0; count < most; count += 1) {
        if ((await page.evaluate(() => document.activeElement?.getAttribute('name'))) === name) return;
        keys += 1;
        await page.keyboard.press('Tab');
      }
      throw new Error(`champ ${name} jamais atteint`);
    },
    get count() {
      return keys;
    },
  };
}

const suggestions = (page: Page, label: string) =>
  page
    .getByRole('listbox', { name: `Déjà inscrits — ${label}` })
    .getByRole('option')
    .count();
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name'));

describe('keys per dispensation', () => {
  it('takes at most 30 keys for a known patient on the usual prescriber', async () => {
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), clock: new Date(2026, 10, 23, 10, 0) });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 4);
    // Yesterday's patient, by the usual prescriber: the register knows them now.
    await dispense(page, 10, '2026-0001');
    // The recorded line left the cursor on the product, ready for the next one.
    await expect.poll(() => focusedName(page)).toBe('productId');

    const keyboard = countingKeyboard(page);
    await keyboard.press('ArrowDown'); // the picker opens on the product
    await keyboard.press('Enter'); // chosen
    await keyboard.tabTo('quantity');
    await keyboard.type('14');
    await keyboard.tabTo('recipient.name');
    await keyboard.type('mar');
    await expect.poll(() => suggestions(page, 'Nom du patient')).toBe(1);
    await keyboard.press('Enter'); // name and address of Jean Martin
    await expect.poll(() => focusedName(page)).toBe('prescriber.name');
    await keyboard.type('pet');
    await expect.poll(() => suggestions(page, 'Nom du prescripteur')).toBe(1);
    await keyboard.press('Enter'); // Dr Claire Petit and her address
    await expect.poll(() => focusedName(page)).toBe('ordonnancierNumber');
    await keyboard.type('2026-0002');
    await keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        'Dispensation enregistrée sous le n° d’ordre 5. Copie de l’ordonnance à conserver jusqu’au 23/11/2029 (art. R. 5132-35 du code de la santé publique).',
      );

    console.log(`Dispensation à un patient connu : ${keyboard.count} frappes`);
    expect(keyboard.count).toBeLessThanOrEqual(30);
    await app.close();
  });
});
