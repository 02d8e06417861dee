// Screen space at the counter: at 1280×720 the header, the tabs and the banners take at
// most a fifth of the window, and the dispensation form's save button is in view without
// scrolling, at 100 % and at 150 % zoom (a 1280×720 screen at 150 % is 853×480 CSS pixels).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { addSkenan, chooseProduct, openRegister, openTab, reserveBanner, SKENAN } from './steps';

let workDir: string;

const OPENED = new Date(2025, 8, 10, 10, 0);
const NOW = new Date(2026, 10, 23, 10, 0);

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-screen-space-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** The height above the screen's own content: header, tabs and every banner, in CSS pixels. */
function chromeHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const content = document.querySelector('.content');
    return content ? content.getBoundingClientRect().top : Number.NaN;
  });
}

/** Whether the save button lies wholly within the window, as the page stands (never scrolled). */
function saveButtonInView(page: Page): Promise<{ top: number; bottom: number; height: number; scrolled: number }> {
  return page.evaluate(() => {
    const button = [...document.querySelectorAll('button[type="submit"]')].find((element) => element.textContent === 'Enregistrer la sortie');
    const box = button?.getBoundingClientRect();
    return { top: box?.top ?? Number.NaN, bottom: box?.bottom ?? Number.NaN, height: window.innerHeight, scrolled: window.scrollY };
  });
}

async function openDispensation(page: Page) {
  await openTab(page, 'Sorties');
  await page.getByRole('radio', { name: 'Dispensation', exact: true }).check();
  await chooseProduct(page, SKENAN);
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('screen space at 1280×720', () => {
  it('keeps header, tabs and banners within 20 % of the height, folds a reminder for the session, and keeps the save button in view at 100 % and 150 %', async () => {
    const profileDir = join(workDir, 'profile');
    const dataFolder = join(workDir, 'data');
    const reserveFolder = join(workDir, 'reserve');
    await mkdir(reserveFolder);
    // Opened more than a year ago and never counted: the annual inventory reminder shows.
    const app = await launchApp({ profileDir, dataFolder, reserveFolder, clock: OPENED, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await openRegister(page, { reserve: true });
    await addSkenan(page);
    await app.setClock(NOW);
    await page.reload();
    const reminder = page.getByRole('status', { name: 'Inventaire annuel' });
    await expect.poll(() => reminder.textContent(), { timeout: 30_000 }).toContain('il y a plus de 12 mois');
    await openDispensation(page);
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour');
    const unfolded = await chromeHeight(page);
    await app.screenshot('screen-space-1-unfolded');

    // The reminder is not critical: it folds to one short line, and stays folded for the session.
    await reminder.getByRole('button', { name: 'Replier' }).click();
    await expect.poll(() => reminder.textContent()).toBe('Inventaire annuel à faireDéplier');
    const chrome = await chromeHeight(page);
    expect(chrome).toBeLessThan(unfolded);
    expect(chrome).toBeLessThanOrEqual(0.2 * 720);
    const atFull = await saveButtonInView(page);
    expect(atFull.scrolled).toBe(0);
    expect(atFull.top).toBeGreaterThanOrEqual(0);
    expect(atFull.bottom).toBeLessThanOrEqual(atFull.height);
    await app.screenshot('screen-space-2-folded-1280x720', { fullPage: false });
    await openTab(page, 'Stock');
    await page.reload();
    await expect.poll(() => reminder.getByRole('button', { name: 'Déplier' }).count(), { timeout: 30_000 }).toBe(1);
    await app.close();

    // The same register at 150 % zoom: the window holds 853×480 CSS pixels.
    const zoomed = await launchApp({
      profileDir,
      dataFolder,
      reserveFolder,
      // An hour later, as on the next morning: the clock is not behind the last inscription.
      clock: new Date(NOW.getTime() + 60 * 60 * 1000),
      port: app.port,
      viewport: { width: 853, height: 480, deviceScaleFactor: 1.5 },
    });
    await expect.poll(() => zoomed.page.locator('.topbar').textContent(), { timeout: 30_000 }).toContain('Pharmacie du Marché');
    await openDispensation(zoomed.page);
    const atZoom = await saveButtonInView(zoomed.page);
    await zoomed.screenshot('screen-space-3-zoom-150', { fullPage: false });
    expect(atZoom.scrolled).toBe(0);
    expect(atZoom.top).toBeGreaterThanOrEqual(0);
    expect(atZoom.bottom).toBeLessThanOrEqual(atZoom.height);
    await zoomed.close();
  });
});
