// The charts of one product, opened from its register: the balance over the period with
// receipts, exits and the inventory marked, and the inventory's variance; drawn on a
// canvas by uPlot under the window's content security policy, with French words.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes } from './steps';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-charts-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('charts of a product', () => {
  it('draws the balance with its marks and the inventory variance, in French', async () => {
    // Three days three weeks apart: received, dispensed, counted.
    const day = (back: number) => {
      const now = new Date();
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 10, 0);
    };
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), clock: day(42) });
    const { page } = app;
    const moveTo = async (back: number) => {
      await app.setClock(day(back));
      await page.reload();
      await expect.poll(() => page.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
    };
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
    });
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await moveTo(21);
    await dispense(page, 10, '2026-1201');
    await moveTo(0);

    // An inventory one short: its écart is a movement, the inventory a mark.
    await openTab(page, 'Inventaire');
    await page.getByLabel('Compté par').fill('Hélène Durand');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Stock disponible' }).fill('17');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Quarantaine (à détruire), comptée à part' }).fill('0');
    await page.getByRole('textbox', { name: 'Motif de l’écart — Skenan LP — Stock disponible' }).fill('Gélule écrasée');
    await page.getByRole('button', { name: 'Valider l’inventaire' }).click();
    await expect.poll(() => page.locator('.inventory-form').getByRole('status').textContent()).toContain('Inventaire enregistré');

    await openTab(page, 'Registre');
    // Folded: nothing drawn before it is opened.
    expect(await page.locator('.product-charts canvas').count()).toBe(0);
    await page.getByText('Courbes du stock et des inventaires').click();
    const stock = page.getByRole('img', { name: 'Solde du produit sur la période' });
    await expect.poll(() => stock.locator('canvas').count()).toBe(1);
    const legend = await stock.locator('.u-legend').innerText();
    for (const word of ['Solde', 'Entrées', 'Sorties', 'Inventaires']) expect(legend).toContain(word);
    // The period's days as JJ/MM/AAAA (the axes, drawn on the canvas, are seen on the screenshot).
    const start = new Date(app.now().getTime() - 90 * 86_400_000);
    expect(await page.getByLabel('Du', { exact: true }).last().inputValue()).toBe(
      `${String(start.getDate()).padStart(2, '0')}/${String(start.getMonth() + 1).padStart(2, '0')}/${start.getFullYear()}`,
    );
    // 28 in, 10 out, 1 found missing: 17 at the end of the period.
    expect(await page.locator('.product-charts').innerText()).toContain(
      'Solde au début de la période\u202f: 0 gélule, à la fin\u202f: 17 gélules. Entrées\u202f: 28 gélules, sorties\u202f: 11 gélules.',
    );
    // The balance at 28 from the receipt's day, 18 from the dispensation's, 17 once counted.
    // The canvas holds a drawing, not a blank area.
    const inked = await stock.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let count = 0;
      for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] ?? 0) > 0) count += 1;
      return count;
    });
    expect(inked).toBeGreaterThan(500);

    const variance = page.getByRole('img', { name: 'Écarts d’inventaire au fil du temps' });
    await expect.poll(() => variance.locator('canvas').count()).toBe(1);
    expect(await variance.locator('.u-legend').innerText()).toContain('Écart compté − attendu');
    await page.locator('.product-charts').scrollIntoViewIfNeeded();
    await app.screenshot('charts-01-stock-and-variance');
    expect(refused).toEqual([]);
    await app.close();
  });
});
