// The annual inventory through the real window: Skenan counted one short in the
// dispensable stock, the reason asked for and refused without it; once validated, the
// register holds the inventory and its « écart d'inventaire » naming it, the stock equals
// the count, the reserve copy has both, and the inventory PDF is archived, recorded and
// opened, with the variance flagged for the inspector.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterEvent } from '../../shared/register/events';
import { launchApp } from './harness/launch';
import { pdfText } from './reading';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes, reserveBanner } from './steps';

const ROOT = join(import.meta.dirname, '..', '..');
const PICTURES = join(ROOT, 'test-results', 'editions');

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-inventory-'));
  await mkdir(PICTURES, { recursive: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function reserveEvents(reserveFolder: string, registerId: string): Promise<RegisterEvent[]> {
  const journal = await readFile(join(reserveFolder, `${registerId}.journal.jsonl`), 'utf8');
  return journal
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RegisterEvent);
}

describe('inventory', () => {
  it('counts Skenan one short, asks the reason, records the inventory and its écart in the register, and prints the inventory', async () => {
    const reserveFolder = join(workDir, 'usb-key');
    const dataFolder = join(workDir, 'data');
    await mkdir(reserveFolder);
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder, reserveFolder });
    const { page } = app;
    await openRegister(page, { reserve: true });
    await addSkenan(page);
    await receiveBoxes(page, 2);
    await dispense(page, 10, '2026-1101');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 4/4');

    // 28 received, 10 dispensed: the register expects 18 available, none in quarantine.
    await openTab(page, 'Inventaire');
    const table = page.getByRole('table', { name: 'Comptage de l’inventaire' });
    const available = table.getByRole('row').filter({ hasText: 'Skenan LP' }).first();
    expect(await available.innerText()).toContain('18');
    await page.getByLabel('Compté par').fill('Hélène Durand, Paul Girard');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Stock disponible' }).fill('17');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Quarantaine (à détruire), comptée à part' }).fill('0');
    // The variance shows as typed, and its reason is asked for.
    await expect.poll(() => available.locator('td.variance').textContent()).toBe('−1');
    const reason = page.getByRole('textbox', { name: 'Motif de l’écart — Skenan LP — Stock disponible' });
    expect(await reason.count()).toBe(1);
    expect(await page.getByRole('textbox', { name: /^Motif de l’écart — Skenan LP — Quarantaine/ }).count()).toBe(0);
    await app.screenshot('inventory-01-counted');

    // Without the reason: refused, nothing written.
    await page.getByRole('button', { name: 'Valider l’inventaire' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Écart d’inventaire pour « Skenan LP » (Stock disponible) : indiquez-en le motif.'.replace(/ ([:»])/g, '\u202f$1').replace(/« /g, '«\u202f'));
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await app.screenshot('inventory-02-reason-required');
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 4/4');

    await reason.fill('Gélule écrasée au déconditionnement, non inscrite');
    await page.getByRole('button', { name: 'Valider l’inventaire' }).click();
    await expect.poll(() => page.locator('.inventory-form').getByRole('status').textContent()).toContain('Inventaire enregistré sous le n° d’ordre 5');
    expect(await page.locator('.inventory-form').getByRole('status').textContent()).toContain('(n° 6)');
    // Then its edition: archived, recorded (n° 7) and opened.
    await expect
      .poll(() => page.locator('.inventory > .outcome').textContent(), { timeout: 30_000 })
      .toContain('archivée et inscrite au registre (n° d’ordre 7)');
    await app.screenshot('inventory-03-recorded');
    const history = page.getByRole('table', { name: 'Inventaires inscrits' });
    expect(await history.innerText()).toContain('Hélène Durand, Paul Girard');

    // The reserve copy holds the inventory, its écart and the edition, like any events.
    await expect.poll(() => reserveBanner(page).textContent()).toContain('à jour, 7/7');
    const [registerId = ''] = await readdir(join(dataFolder, 'editions'));
    const events = await reserveEvents(reserveFolder, registerId);
    expect(events[4]).toMatchObject({
      seq: 5,
      type: 'inventory.taken',
      countedBy: 'Hélène Durand, Paul Girard',
      lines: [
        {
          productId: 'P2',
          compartment: 'dispensable',
          expected: 18_000,
          counted: 17_000,
          method: 'count',
          reason: 'Gélule écrasée au déconditionnement, non inscrite',
        },
        { productId: 'P2', compartment: 'quarantine', expected: 0, counted: 0, method: 'count' },
      ],
    });
    expect(events[5]).toMatchObject({
      seq: 6,
      type: 'inventory.adjustment',
      inventory: 5,
      productId: 'P2',
      compartment: 'dispensable',
      direction: 'exit',
      quantity: 1_000,
    });
    expect(events[6]).toMatchObject({ seq: 7, type: 'edition.produced', edition: 'inventory', inventory: 5 });

    // The inventory PDF: the archived file the register names, expected, counted, variance, reason, flagged for the inspector.
    const edition = events[6];
    if (edition?.type !== 'edition.produced') throw new Error('no edition');
    const archived = join(dataFolder, 'editions', registerId, edition.fileName);
    expect(app.opened).toEqual([archived]);
    expect(edition.fileName).toMatch(/^\d{4}-\d{2}-\d{2}_inventaire_\d{8}-\d{4}\.pdf$/);
    expect(
      createHash('sha256')
        .update(await readFile(archived))
        .digest('hex'),
    ).toBe(edition.sha256);
    const text = pdfText(archived);
    expect(text).toContain('Inventaire des stupéfiants');
    expect(text).toContain('Pharmacie du Marché');
    expect(text).toMatch(/Skenan LP — gélule LP, 30 mg \(gélule\)\s+18\s+17 Décompte\s+−1 Gélule écrasée au déconditionnement, non\s+n° 6\s+inscrite/);
    expect(text).toContain('À présenter à l’inspecteur');
    expect(text).toContain('Compté par : Hélène Durand, Paul Girard');
    expect(text.match(/Date et signature :/g)).toHaveLength(2);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', archived, join(PICTURES, 'e2e-inventory')]);

    // The stock equals the count, and the register shows the écart naming the inventory.
    await openTab(page, 'Stock');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Skenan LP' }).first().innerText()).toMatch(/\b17\b/);
    await openTab(page, 'Registre');
    const adjustment = page.getByRole('row').filter({ hasText: 'Écart d’inventaire (inventaire n° 5)' });
    await expect.poll(() => adjustment.count()).toBe(1);
    expect(await adjustment.innerText()).toContain('Motif : Gélule écrasée au déconditionnement, non inscrite'.replace(' :', '\u202f:'));
    expect(await adjustment.getByRole('button', { name: /Corriger/ }).count()).toBe(0);
    await app.screenshot('inventory-04-register');

    // The Éditions tab lists it.
    await openTab(page, 'Éditions');
    await expect.poll(() => page.getByRole('table', { name: 'Éditions produites' }).innerText()).toContain('Inventaire');
    await app.close();
  });

  it('reminds of the annual inventory on every screen once the opening is more than 12 months old, until an inventory is taken', async () => {
    // The register opened fourteen months before "today", with one product.
    const opened = new Date(2025, 8, 10, 10, 0);
    const now = new Date(2026, 10, 23, 10, 0);
    const app = await launchApp({ profileDir: join(workDir, 'profile-reminder'), dataFolder: join(workDir, 'data-reminder'), clock: opened });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);
    const reminder = page.getByRole('status', { name: 'Inventaire annuel' });
    expect(await reminder.count()).toBe(0);

    // Today: the months since are closed at start-up, and the reminder shows.
    await app.setClock(now);
    await page.reload();
    await expect.poll(() => reminder.textContent(), { timeout: 30_000 }).toContain('Aucun inventaire depuis l’ouverture du registre le');
    expect(await reminder.textContent()).toContain('il y a plus de 12 mois');
    await app.screenshot('inventory-05-reminder');

    await reminder.getByRole('button', { name: 'Faire l’inventaire' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inventaire');
    await page.getByLabel('Compté par').fill('Hélène Durand');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Stock disponible' }).fill('0');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Quarantaine (à détruire), comptée à part' }).fill('0');
    await page.getByRole('button', { name: 'Valider l’inventaire' }).click();
    await expect.poll(() => page.locator('.inventory-form').getByRole('status').textContent()).toContain('sans écart');
    await expect.poll(() => reminder.count()).toBe(0);
    await app.close();
  });
});
