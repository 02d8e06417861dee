// The whole life of a lot through the real window, over three months of the window's
// clock: received in June with a June expiry, expired in July and set aside in quarantine,
// a destruction notice sent for August, the PV established on the day (posting the exit),
// the copy sent, then an inventory one capsule short with its reason. The stock stays
// consistent at each step, and the register edition lists every step with its references.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './harness/launch';
import { pdfText, plain } from './reading';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes } from './steps';

const ROOT = join(import.meta.dirname, '..', '..');
const PICTURES = join(ROOT, 'test-results', 'editions');

// A past summer, so that the cycle never depends on today's date: the window's clock is set
// to each day in turn, for the window and the main process alike.
const JUNE = new Date(2026, 5, 8, 9, 0);
const JULY = new Date(2026, 6, 6, 9, 0);
const AUGUST = new Date(2026, 7, 10, 9, 0);
const DOSSIER = 'PV-2026-001';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-cycle-'));
  await mkdir(PICTURES, { recursive: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function picture(path: string, name: string) {
  execFileSync('pdftoppm', ['-r', '60', '-png', path, join(PICTURES, name)]);
}

/** The application's clock moved to `day`; a reload starts the register as a new day would (closing the months ended). */
async function moveTo({ page, setClock }: RunningApp, day: Date) {
  await setClock(day);
  await page.reload();
  await expect.poll(() => page.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
}

async function stockLine(page: Page): Promise<string> {
  await openTab(page, 'Stock');
  return page.getByRole('table', { name: 'Stock actuel' }).locator('tbody tr').first().innerText();
}

async function archived(dataFolder: string, part: string): Promise<string> {
  const [registerId = ''] = await readdir(join(dataFolder, 'editions'));
  const folder = join(dataFolder, 'editions', registerId);
  const name = (await readdir(folder)).find((file) => file.includes(part));
  if (!name) throw new Error(`aucune édition « ${part} » dans ${folder}`);
  return join(folder, name);
}

describe('a lot’s whole life', () => {
  it('goes from receipt to expiry, quarantine, notice, destruction and PV, then an inventory with its variance, every step in the register and its edition', async () => {
    const dataFolder = join(workDir, 'data');
    const app: RunningApp = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder, clock: JUNE });
    const { page } = app;

    // June: two boxes of a lot expiring this month, one box of a long lot, ten capsules dispensed.
    await openRegister(page);
    await addSkenan(page);
    await receiveBoxes(page, 2, { lot: 'SK-JUIN', expiry: '06/2026', deliveryRef: 'BL-2026-0601' }); // n° 3
    await receiveBoxes(page, 1, { lot: 'SK-LONG', expiry: '12/2028', deliveryRef: 'BL-2026-0602' }); // n° 4
    await dispense(page, 10, '2026-0610'); // n° 5
    await expect.poll(() => stockLine(page)).toMatch(/Skenan LP.*\s32\s+32\s+—\s+gélule/s);
    await app.screenshot('cycle-01-june-stock');

    // July: June is closed at start-up; the June lot has expired and is listed, then set aside in one action.
    await moveTo(app, JULY);
    await openTab(page, 'Stock');
    const expiring = page.getByRole('table', { name: 'Lots périmés ou qui périment bientôt' });
    await expect.poll(() => expiring.locator('tbody tr').count()).toBe(1);
    // FEFO: the ten capsules dispensed came from the lot that expired first.
    expect(await expiring.locator('tbody tr').first().innerText()).toMatch(/Skenan LP\s+SK-JUIN\s+06\/2026\s+Périmé depuis le 30\/06\/2026\s+18 gélule/);
    await app.screenshot('cycle-02-july-expired');
    await page.getByRole('button', { name: 'Mettre en quarantaine le lot SK-JUIN' }).click();
    await page.getByRole('alertdialog', { name: 'Confirmer la mise en quarantaine' }).getByRole('button', { name: 'Confirmer' }).click();
    await expect
      .poll(() => page.locator('.quarantine').getByRole('status').first().textContent())
      .toMatch(/Lot SK-JUIN mis en quarantaine sous le n° d’ordre \d+\./);
    await expect.poll(() => stockLine(page)).toMatch(/Skenan LP.*\s32\s+14\s+18\s+gélule/s);
    await app.screenshot('cycle-03-july-quarantine');

    // The destruction dossier: the quarantined lot, the witness, the ARS, planned on 10 August (over a month: no warning).
    await openTab(page, 'Destructions');
    await page.getByRole('checkbox', { name: 'Détruire Skenan LP, SK-JUIN' }).check();
    expect(await page.getByRole('textbox', { name: 'Quantité à détruire de Skenan LP, SK-JUIN' }).inputValue()).toBe('18');
    await page.getByLabel('Date prévue de la destruction').fill('2026-08-10');
    await page.getByLabel('Témoin : nom du confrère').fill('Dr Paul Giraud');
    await page.getByLabel('Témoin : n° RPPS ou Ordre').fill('10107654321');
    await page.getByLabel('Conseil de l’Ordre qui l’a désigné').fill('le conseil régional de l’Ordre des pharmaciens d’Auvergne-Rhône-Alpes');
    await page.getByLabel('Inspecteur destinataire (ARS, service et adresse)').fill('ARS Auvergne-Rhône-Alpes, 241 rue Garibaldi, 69003 Lyon');
    expect(await page.locator('.destruction-warning').count()).toBe(0);
    await app.screenshot('cycle-04-dossier');
    await page.getByRole('button', { name: 'Ouvrir le dossier et imprimer l’avis' }).click();
    await expect.poll(() => page.locator('.destruction-plan').getByRole('status').textContent()).toContain(`Dossier ${DOSSIER} ouvert`);
    const printed = page.locator('.destruction > .outcome[role="status"]');
    await expect.poll(() => printed.textContent(), { timeout: 30_000 }).toContain('archivée et inscrite au registre');
    const notice = pdfText(await archived(dataFolder, 'avis-destruction')).replace(/\s+/g, ' ');
    expect(notice).toContain('Pharmacie du Marché');
    expect(notice).toContain('SK-JUIN');
    expect(notice).toContain('je procéderai le 10/08/2026');
    expect(notice).not.toContain('inférieur à un mois');
    picture(await archived(dataFolder, 'avis-destruction'), 'e2e-cycle-notice');

    // 10 August: the PV on the announced day posts the exit; the copy sent to the ARS is noted.
    await moveTo(app, AUGUST);
    await openTab(page, 'Destructions');
    const card = page.getByRole('article', { name: `Dossier ${DOSSIER}` });
    await card.getByRole('button', { name: `Établir le procès-verbal ${DOSSIER}` }).click();
    const pv = card.getByRole('form', { name: `Procès-verbal ${DOSSIER}` });
    await pv.getByLabel('Méthode de dénaturation').fill('Dissolution dans l’eau chaude puis incorporation à un gélifiant');
    await pv.getByLabel('Élimination des résidus').fill('DASRI');
    await pv.getByRole('button', { name: 'Valider le procès-verbal' }).click();
    await expect
      .poll(async () => plain(await card.getByRole('status').first().textContent()))
      .toMatch(new RegExp(`Procès-verbal ${DOSSIER} validé : sortie par destruction n° \\d+`));
    await expect.poll(() => card.locator('.dossier__status').textContent()).toBe('Détruit le 10/08/2026');
    await expect
      .poll(
        async () =>
          (await readdir(join(dataFolder, 'editions', (await readdir(join(dataFolder, 'editions')))[0] ?? ''))).some((file) => file.includes('pv-destruction')),
        { timeout: 30_000 },
      )
      .toBe(true);
    await card.getByRole('button', { name: 'Inscrire l’envoi de la copie' }).click();
    await expect
      .poll(async () => plain(await card.locator('.dossier__copy--sent').textContent()))
      .toBe('Copie du procès-verbal envoyée à l’ARS le 10/08/2026.');
    await app.screenshot('cycle-05-destroyed');
    const pvPath = await archived(dataFolder, 'pv-destruction');
    const pvText = pdfText(pvPath).replace(/\s+/g, ' ');
    expect(pvText).toContain(`Procès-verbal n° ${DOSSIER} — destruction du 10/08/2026`);
    expect(pvText).toContain('Le témoin');
    picture(pvPath, 'e2e-cycle-pv');

    // The stock is consistent: the quarantine destroyed, 14 capsules of the long lot remain.
    await expect.poll(() => stockLine(page)).toMatch(/Skenan LP.*\s14\s+14\s+—\s+gélule/s);

    // The inventory: one capsule short, its reason given; the stock becomes the count.
    await openTab(page, 'Inventaire');
    await page.getByLabel('Compté par').fill('Hélène Durand, Paul Girard');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Stock disponible' }).fill('13');
    await page.getByRole('textbox', { name: 'Compté — Skenan LP — Quarantaine (à détruire), comptée à part' }).fill('0');
    await page.getByRole('textbox', { name: 'Motif de l’écart — Skenan LP — Stock disponible' }).fill('Gélule tombée et écrasée, non inscrite');
    await app.screenshot('cycle-06-inventory');
    await page.getByRole('button', { name: 'Valider l’inventaire' }).click();
    await expect
      .poll(async () => plain(await page.locator('.inventory-form').getByRole('status').textContent()))
      .toMatch(/Inventaire enregistré sous le n° d’ordre \d+ ; 1 écart d’inventaire inscrit \(n°/);
    await expect.poll(() => page.locator('.inventory > .outcome').textContent(), { timeout: 30_000 }).toContain('archivée et inscrite au registre');
    const inventoryPath = await archived(dataFolder, 'inventaire');
    expect(pdfText(inventoryPath)).toContain('À présenter à l’inspecteur');
    picture(inventoryPath, 'e2e-cycle-inventory');
    await expect.poll(() => stockLine(page)).toMatch(/Skenan LP.*\s13\s+13\s+—\s+gélule/s);

    // The Registre tab: every movement, then the steps with their references.
    await openTab(page, 'Registre');
    const steps = page.getByRole('table', { name: 'Inventaires, destructions et vols : Skenan LP' });
    await expect.poll(() => steps.locator('tbody tr').count()).toBe(4);
    const stepTexts = plain((await steps.locator('tbody tr').allInnerTexts()).join('\n'));
    expect(stepTexts).toMatch(
      /Avis de destruction, dossier PV-2026-001.*Skenan LP \(gélule\) : 18 \(lot SK-JUIN\).*destruction prévue le 10\/08\/2026 devant Dr Paul Giraud/s,
    );
    expect(stepTexts).toMatch(/PV de destruction PV-2026-001.*Dénaturation : Dissolution/s);
    expect(stepTexts).toMatch(/Copie du PV PV-2026-001 envoyée/);
    expect(stepTexts).toMatch(/Inventaire n° \d+.*attendu 14, compté 13, écart −1 — motif : Gélule tombée et écrasée, non inscrite/s);
    await app.screenshot('cycle-07-register');

    // The register edition over the three months lists every step with its references.
    const printCard = page.locator('.print-card');
    await printCard.getByLabel('Du').fill('2026-06-01');
    await printCard.getByLabel('Au').fill('2026-08-10');
    await page.getByRole('button', { name: 'Imprimer ce produit', exact: true }).click();
    await expect.poll(() => printCard.getByRole('status').textContent(), { timeout: 30_000 }).toContain('archivée et inscrite au registre');
    const registerPath = app.opened.at(-1) ?? '';
    expect(registerPath).toContain('_registre_');
    const register = pdfText(registerPath);
    // Columns wrap: a cell's second line is on the printed line below.
    expect(register).toMatch(/Réception\s+OCP Répartition[^\n]*\n[^\n]*lot SK-JUIN, pér\. 06\/2026/);
    expect(register).toMatch(/Mise en quarantaine\s+18 du stock disponible vers la quarantaine/);
    expect(register).toMatch(/Destruction \(PV n°\s+Stock en quarantaine détruit[^\n]*\s18\s+14 [^\n]*\n[^\n]*PV-2026-001\)/);
    expect(register).toMatch(/Écart d’inventaire\s+Motif : Gélule tombée et écrasée, non inscrite\s+1\s+13 [^\n]*\n[^\n]*\(inventaire n° \d+\)/);
    const stepsPrinted = register.split('Inventaires, destructions et vols de la période')[1] ?? '';
    expect(stepsPrinted).toContain('Avis de destruction, dossier');
    expect(stepsPrinted).toContain('PV de destruction PV-2026-001');
    expect(stepsPrinted).toContain('Copie du PV PV-2026-001');
    expect(stepsPrinted).toMatch(/Inventaire n° \d+/);
    expect(stepsPrinted).toContain('Dr Paul Giraud');
    picture(registerPath, 'e2e-cycle-register');

    // The Éditions tab lists the June and July closures' editions, the notice, the PV, the inventory and this register.
    await openTab(page, 'Éditions');
    const editions = page.getByRole('table', { name: 'Éditions produites' });
    await expect
      .poll(async () => plain(await editions.innerText()))
      .toMatch(/Avis de destruction[\s\S]*Procès-verbal de destruction|Procès-verbal de destruction[\s\S]*Avis de destruction/);
    const listed = plain(await editions.innerText());
    expect(listed).toContain('Inventaire');
    expect(listed).toContain('Balance mensuelle');
    await app.screenshot('cycle-08-editions');
    await app.close();
  });
});
