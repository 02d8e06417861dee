// Quarantine and theft through the real window: a lot received whose expiry is this
// month is listed on the Stock tab, set aside in one action (after a confirmation),
// counted in quarantine, and no longer dispensable; a theft is recorded and its summary
// printed for the declarations, archived, recorded and readable with pdftotext.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { pdfText } from './reading';
import { addSkenan, chooseProduct, openRegister, openTab, receiveBoxes, SKENAN } from './steps';

const ROOT = join(import.meta.dirname, '..', '..');
const PICTURES = join(ROOT, 'test-results', 'editions');

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-quarantine-'));
  await mkdir(PICTURES, { recursive: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const pad = (value: number) => String(value).padStart(2, '0');

describe('quarantine and theft', () => {
  it('sets aside a lot expiring this month in one action, then refuses to dispense it; a theft’s summary is printed for its declarations', async () => {
    const dataFolder = join(workDir, 'data');
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder });
    const { page } = app;
    await openRegister(page);
    await addSkenan(page);

    // A lot whose expiry is this month: accepted at the receipt (expiry ≥ its month), and due for destruction.
    const now = app.now();
    const thisMonth = `${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
    await receiveBoxes(page, 2, { lot: 'SK-FIN', expiry: thisMonth, deliveryRef: 'BL-2026-201' });

    await openTab(page, 'Stock');
    const expiring = page.getByRole('table', { name: 'Lots périmés ou qui périment bientôt' });
    await expect.poll(() => expiring.locator('tbody tr').count()).toBe(1);
    const row = expiring.locator('tbody tr').first();
    expect(await row.innerText()).toMatch(/Skenan LP\s+SK-FIN\s+/);
    expect(await row.innerText()).toContain('Périme à la fin du mois');
    expect(await row.innerText()).toMatch(/28\s+gélule/);
    await app.screenshot('quarantine-01-expiring-listed');

    // One action, confirmed.
    await page.getByRole('button', { name: 'Mettre en quarantaine le lot SK-FIN' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Confirmer la mise en quarantaine' });
    expect(await dialog.innerText()).toContain('Mettre en quarantaine le lot SK-FIN de Skenan LP, soit 28 gélules');
    await app.screenshot('quarantine-02-confirm');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await expect
      .poll(() => page.locator('.quarantine').getByRole('status').first().textContent())
      .toContain('Lot SK-FIN mis en quarantaine sous le n° d’ordre 4.');
    await expect.poll(() => dialog.count()).toBe(0);

    // The stock: the balance unchanged, all of it in quarantine, nothing dispensable; the lot leaves the list.
    const stockRow = page.getByRole('table', { name: 'Stock actuel' }).locator('tbody tr').first();
    await expect.poll(() => stockRow.innerText()).toMatch(/Skenan LP.*\s28\s+0\s+28\s+gélule/s);
    await expect.poll(() => page.getByText('Aucun lot périmé ni qui périme dans les 60 jours.').count()).toBe(1);
    await app.screenshot('quarantine-03-in-quarantine');

    // The register shows the move: no entry, no exit, the balance unchanged.
    await openTab(page, 'Registre');
    const register = page.getByRole('table', { name: /^Registre par produit/ });
    await expect.poll(() => register.locator('tbody tr').count()).toBe(2);
    // Newest first: the move is the first line.
    expect(await register.locator('tbody tr').nth(0).innerText()).toMatch(
      /^4\t.*\tMise en quarantaine\t28 du stock disponible vers la quarantaine \(à détruire\) — Autre motif — lot SK-FIN — Péremption proche .*\t\t\t28\t/s,
    );

    // The dispensation is refused: nothing is dispensable any more.
    await openTab(page, 'Sorties');
    await page.getByRole('radio', { name: 'Dispensation', exact: true }).check();
    await chooseProduct(page, SKENAN);
    await page.getByLabel('Quantité (gélule)').fill('1');
    await page.getByRole('radio', { name: 'Patient', exact: true }).check();
    await page.getByLabel('Nom du patient').fill('Jean Martin');
    await page.getByLabel('Adresse du patient').fill('3 rue des Lilas, 69003 Lyon');
    await page.getByLabel('Nom du prescripteur').fill('Dr Claire Petit');
    await page.getByLabel('Adresse du prescripteur').fill('8 avenue Foch, 69006 Lyon');
    await page.getByLabel('N° d’ordonnancier').fill('2026-0500');
    await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await expect
      .poll(async () => (await page.getByRole('alert').first().textContent())?.replace(/[\u00a0\u202f]/g, ' '))
      .toContain('Stock insuffisant : quantité demandée 1, disponible 0.');
    await app.screenshot('quarantine-04-dispensation-refused');

    // A theft of a fresh lot, and its summary printed for the declarations.
    await receiveBoxes(page, 1, { lot: 'SK-NEUF', deliveryRef: 'BL-2026-202' });
    await openTab(page, 'Sorties');
    await page.getByRole('radio', { name: 'Vol ou détournement', exact: true }).check();
    await chooseProduct(page, SKENAN);
    await page.getByLabel('Quantité (gélule)').fill('4');
    await page.getByLabel('Circonstances').fill('Armoire forte fracturée, constaté à l’ouverture');
    await page.getByLabel('Dépôt de plainte (réf.)').fill('PV 2026/007731');
    await page.getByLabel('Plainte déposée le').fill(app.today());
    await page.getByLabel('Déclaration à l’ARS (réf.)').fill('ARS-ARA-2026-91');
    await page.getByLabel('Déclarée à l’ARS le').fill(app.today());
    await page.getByLabel('Déclarée à l’ANSM le').fill(app.today());
    await page.getByLabel('Déclaration à l’ANSM (réf.)').fill('DS-ANSM-2026-4410');
    await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Vol ou détournement enregistré sous le n° d’ordre 6.');
    await page.getByRole('button', { name: 'Imprimer la déclaration', exact: true }).click();
    const printed = page.locator('.theft-print').getByRole('status');
    await expect.poll(() => printed.textContent(), { timeout: 30_000 }).toContain('(n° d’ordre 7)');
    await app.screenshot('quarantine-05-theft-printed');

    // Archived, handed to the viewer, and saying what the declarations need.
    const [registerId] = await readdir(join(dataFolder, 'editions'));
    const files = await readdir(join(dataFolder, 'editions', registerId ?? ''));
    const theftFile = files.find((name) => name.includes('declaration-vol'));
    expect(theftFile).toBeDefined();
    const archivedPath = join(dataFolder, 'editions', registerId ?? '', theftFile ?? '');
    expect(app.opened).toEqual([archivedPath]);
    const bytes = await readFile(archivedPath);
    expect(createHash('sha256').update(bytes).digest('hex')).toMatch(/^[0-9a-f]{64}$/);
    const text = pdfText(archivedPath);
    expect(text).toContain('Vol ou détournement de stupéfiants');
    expect(text).toContain('Pharmacie du Marché');
    expect(text).toContain('Skenan LP — gélule LP, 30 mg');
    expect(text).toContain('4 gélules');
    expect(text).toContain('PV 2026/007731');
    expect(text).toContain('ARS-ARA-2026-91');
    expect(text).toContain('DS-ANSM-2026-4410');
    expect(text).toContain('Armoire forte fracturée');
    expect(text).toMatch(/Page 1 \/ \d/);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', archivedPath, join(PICTURES, 'e2e-theft')]);

    // Altered stock of a named lot, through the form under the list: a lot never received is refused.
    await openTab(page, 'Stock');
    await page.getByText('Mettre en quarantaine un autre stock').click();
    const form = page.getByRole('form', { name: 'Mettre en quarantaine (altéré, périmé, autre)' });
    await chooseProduct(form, SKENAN);
    await form.getByLabel('Quantité (gélule)').fill('2');
    await form.getByRole('radio', { name: 'Altéré', exact: true }).check();
    await form.getByLabel('Lot (facultatif)').fill('SK-INCONNU');
    await form.getByLabel('Précision').fill('Blister écrasé');
    await form.getByRole('button', { name: 'Enregistrer la mise en quarantaine' }).click();
    await expect
      .poll(async () => (await form.getByRole('alert').first().textContent())?.replace(/[\u00a0\u202f]/g, ' '))
      .toContain('Aucune réception de ce produit ne porte le lot « SK-INCONNU »');
    await form.getByLabel('Lot (facultatif)').fill('SK-NEUF');
    await form.getByRole('button', { name: 'Enregistrer la mise en quarantaine' }).click();
    await expect.poll(() => form.getByRole('status').first().textContent()).toContain('Mise en quarantaine enregistrée sous le n° d’ordre 8.');
    await expect.poll(() => stockRow.innerText()).toMatch(/Skenan LP.*\s38\s+8\s+30\s+gélule/s);
    await app.screenshot('quarantine-06-altered-set-aside');

    // The Éditions tab names it.
    await openTab(page, 'Éditions');
    await expect.poll(() => page.getByRole('table', { name: 'Éditions produites' }).innerText()).toContain('Déclaration de vol');
    await app.screenshot('quarantine-07-editions');
    await app.close();
  });
});
