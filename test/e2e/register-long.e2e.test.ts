// A long register scrolls without putting every line in the page: one product's lines are
// virtualised, and the all-products view reads a page by index, then the next as it scrolls.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInteger } from '../../shared/french';
import { launchApp } from './harness/launch';
import { longJournal } from './long-register';
import { openTab } from './steps';

const EVENTS = 3_000;
const OPENED = new Date(2026, 10, 23, 10, 0);
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-long-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('a long register', () => {
  it('keeps a few rows in the page, reaches the first line by scrolling, and reads the all-products view page by page', async () => {
    const reserveFolder = join(workDir, 'usb-key');
    await mkdir(reserveFolder);
    await writeFile(join(reserveFolder, 'REG-2026-001.journal.jsonl'), longJournal(EVENTS, OPENED));
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder: join(workDir, 'data'), reserveFolder, clock: OPENED });
    const { page } = app;
    await page.getByRole('button', { name: 'Choisir le dossier de la copie de réserve…' }).click();
    await page.getByRole('button', { name: 'Restaurer «\u202fPharmacie du Port\u202f»' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Stock actuel' }).innerText(), { timeout: 60_000 }).toContain('7\u202f003');

    await openTab(page, 'Registre');
    const table = page.locator('table.register-table');
    const rows = table.locator('tbody tr:not(.register-table__spacer)');
    // 2 998 lines (the receipt and 2 997 dispensations), the header row besides; a few dozen in the page.
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe(String(EVENTS - 2 + 1));
    expect(await rows.count()).toBeLessThan(100);
    // The balances come after the lines: polled until summed.
    await expect.poll(() => rows.first().innerText()).toMatch(new RegExp(`^${EVENTS}\\t.*\\t1\\t7\\u202f003\\t`));
    await app.screenshot('register-long-01-newest');

    // Half-way, lines read without those above them: each balance is the receipt less the dispensations up to it.
    await page.locator('.register-scroll').evaluate((box) => box.scrollTo(0, box.scrollHeight / 2));
    // The window is read after the scroll: until it arrives, the rows in the page are still the newest.
    const middle = rows.nth(10);
    const seqOf = async () => Number(/^(\d+)\t/.exec(await middle.innerText())?.[1]);
    await expect.poll(seqOf).toBeLessThan(EVENTS * 0.7);
    const seq = await seqOf();
    expect(seq).toBeGreaterThan(EVENTS * 0.3);
    await app.screenshot('register-long-02-middle-lines');
    // The line is shown before its balance is summed (up to half the register): polled until it appears.
    await expect.poll(() => middle.innerText()).toContain(`\t1\t${formatInteger(10_000 - (seq - 3))}\t`);
    await app.screenshot('register-long-03-middle-balances');

    // At the bottom, the oldest line: the receipt, and the balance it makes.
    await page.locator('.register-scroll').evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await expect.poll(() => rows.last().innerText()).toMatch(/^3\t.*Réception.*\t10\u202f000\t\t10\u202f000\t/);
    expect(await rows.count()).toBeLessThan(100);

    // Every product: a page of 300 lines read by index, the next one once the end is reached.
    await page.getByRole('combobox', { name: 'Produit', exact: true }).selectOption({ label: 'Tous les produits' });
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('301');
    await page.locator('.register-scroll').evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('601');
    await app.close();
  });
});
