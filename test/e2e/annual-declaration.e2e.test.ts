// The annual declaration through the real window: a product defined with its substance
// (morphine sulfate, 30 mg per capsule), an import received under an AIS, capsules
// dispensed; the Déclaration annuelle tab shows the year's figures per substance and per
// product; the JARE working copy (.xlsx, made by the main process) and the état annuel
// (PDF) are produced, archived and listed in Éditions, read back with exceljs and
// pdftotext; the cover letter and the authorisations list too; an establishment that
// says it files the JARE sees the reminder, which opens the tab.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp } from './harness/launch';
import { pdfWords } from './reading';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes } from './steps';

const ROOT = join(import.meta.dirname, '..', '..');
const PICTURES = join(ROOT, 'test-results', 'editions');
const AIS = 'FR-AIS-2026-0042';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-annual-'));
  await mkdir(PICTURES, { recursive: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('annual declaration', () => {
  it('shows the year from the register, produces the working copy and the état annuel, and reminds an operator', async () => {
    const dataFolder = join(workDir, 'data');
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder });
    const { page } = app;
    const YEAR = app.now().getFullYear();
    await openRegister(page);

    // Skenan LP, with its substance: morphine sulfate, 30 mg per capsule.
    await addSkenan(page, { substance: { name: 'Morphine', salt: 'sulfate', mg: '30' } });
    const products = page.getByRole('table', { name: 'Produits' });
    await expect.poll(async () => plain(await products.locator('tbody tr').first().innerText())).toContain('Morphine (sulfate) — 30 mg par gélule');
    await app.screenshot('annual-00-products');

    // Two boxes imported under an AIS (28 capsules), then 10 capsules dispensed.
    await receiveBoxes(page, 2, { authorisation: { kind: 'AIS', number: AIS } });
    await dispense(page, 6, '2026-000101');
    await dispense(page, 4, '2026-000102');
    await openTab(page, 'Registre');
    await expect.poll(async () => plain(await page.locator('table').first().innerText())).toContain(`importation, AIS n° ${AIS}`);
    await app.screenshot('annual-00-register');

    // The tab: no reminder for an officine that does not file; the figures of this year.
    await openTab(page, 'Déclaration annuelle');
    expect(await page.getByRole('region', { name: 'Rappel de la déclaration annuelle' }).count()).toBe(0);
    const year = page.getByLabel('Année déclarée');
    if ((await year.inputValue()) !== String(YEAR)) await year.selectOption(String(YEAR));
    const substances = page.getByRole('table', { name: 'Par substance (feuille S)' });
    await expect.poll(async () => plain(await substances.innerText())).toMatch(/Morphine \(sulfate\)\s*Skenan LP\s+mg\s+0\s+840\s+300\s+540\s+0\s+0/);
    expect(plain(await substances.locator('thead').innerText())).toMatch(/Importation \(\+\)\s+Cession sur le territoire douanier au commerce de détail \(-\)/);
    const productsYear = page.getByRole('table', { name: 'Par produit (feuille P), en unités de prise' });
    expect(plain(await productsYear.innerText())).toMatch(/Skenan LP\s*P2 — 30 mg par gélule\s+gélule\s+0\s+28\s+10\s+18\s+0\s+0/);
    expect(plain(await page.locator('.annual-check').textContent())).toContain('Contrôle : pour chaque ligne');
    const authorisations = page.getByRole('table', { name: 'Autorisations d’importation et d’exportation utilisées' });
    expect(plain(await authorisations.innerText())).toContain(`AIS n° ${AIS}`);
    await app.screenshot('annual-01-tab');

    // The working copy, then the état annuel: each archived, recorded, opened.
    const editions = page.locator('.annual .card').filter({ hasText: 'Éditions de l’année' });
    await page.getByRole('button', { name: 'Copie de travail JARE (.xlsx)' }).click();
    await expect
      .poll(() => editions.getByRole('status').textContent(), { timeout: 30_000 })
      .toMatch(/Fichier «\s*\d{4}_jare-copie-de-travail_\d{8}-\d{4}\.xlsx\s*» archivé et inscrit au registre/);
    await page.getByRole('button', { name: 'État annuel récapitulatif (PDF)' }).click();
    await expect.poll(() => editions.getByRole('status').textContent(), { timeout: 30_000 }).toContain('etat-annuel-recapitulatif');
    await page.getByRole('button', { name: 'Lettre d’accompagnement (PDF)' }).click();
    await expect.poll(() => editions.getByRole('status').textContent(), { timeout: 30_000 }).toContain('lettre-accompagnement-ansm');
    await page.getByRole('button', { name: 'Liste (PDF)' }).click();
    await expect.poll(() => editions.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/autorisations-import-export_\d{8}-\d{4}\.pdf/);
    await page.getByRole('button', { name: 'Liste (CSV)' }).click();
    await expect.poll(() => editions.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/autorisations-import-export_\d{8}-\d{4}\.csv/);

    const [registerId] = await readdir(join(dataFolder, 'editions'));
    const folder = join(dataFolder, 'editions', registerId ?? '');
    const files = await readdir(folder);
    const named = (part: string, extension: string) => {
      const found = files.find((name) => name.startsWith(`${YEAR}_${part}`) && name.endsWith(extension));
      if (!found) throw new Error(`${part} introuvable parmi ${files.join(', ')}`);
      return join(folder, found);
    };

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(named('jare-copie-de-travail', '.xlsx'))) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['D', 'S', 'P']);
    const sheetS = workbook.getWorksheet('S')!;
    expect(sheetS.getCell('A1').value).toBe('Copie de travail — à reporter dans le fichier JARE de l’ANSM');
    expect([sheetS.getCell('A7').value, sheetS.getCell('E7').value, sheetS.getCell('F7').value]).toEqual(['Morphine (sulfate)', 'mg', 0]);
    expect([sheetS.getCell('H5').value, sheetS.getCell('H7').value]).toEqual(['Acquisition sur le territoire douanier (+)', 0]);
    expect([sheetS.getCell('I5').value, sheetS.getCell('I7').value]).toEqual(['Importation (+)', 840]);
    expect([sheetS.getCell('M5').value, sheetS.getCell('M7').value]).toEqual(['Cession sur le territoire douanier au commerce de détail (-)', 300]);
    expect([sheetS.getCell('Q5').value, sheetS.getCell('Q7').value]).toEqual(['Stock au 31 décembre', 540]);
    const sheetP = workbook.getWorksheet('P')!;
    expect([sheetP.getCell('A7').value, sheetP.getCell('K7').value, sheetP.getCell('O7').value, sheetP.getCell('S7').value]).toEqual([
      'Skenan LP (P2)',
      28,
      10,
      18,
    ]);
    expect([workbook.getWorksheet('D')!.getCell('B7').value, workbook.getWorksheet('D')!.getCell('B9').value]).toEqual(['Pharmacie du Marché', String(YEAR)]);

    const statementPath = named('etat-annuel-recapitulatif', '.pdf');
    const statement = pdfWords(statementPath);
    expect(statement).toContain('État annuel récapitulatif');
    expect(statement).toContain('Pharmacie du Marché');
    expect(statement).toContain('12 place de l’Église, 69001 Lyon');
    expect(statement).toMatch(/Morphine \(sulfate\) mg 0 0 0 840 0 0 300 0 0 0 540 0 0 produits P2/);
    expect(statement).toMatch(/Skenan LP \(P2\) gélule 0 0 0 28 0 0 10 0 0 0 18 0 0/);
    expect(statement).toContain('chaque ligne est justifiée');
    const letter = pdfWords(named('lettre-accompagnement-ansm', '.pdf'));
    expect(letter).toContain(`Déclaration annuelle des stupéfiants et psychotropes (état annuel récapitulatif) — année ${YEAR}`);
    expect(letter).toContain(`AIS n° ${AIS}`);
    expect(letter).toContain('Hélène Durand');
    const list = pdfWords(named('autorisations-import-export', '.pdf'));
    expect(list).toMatch(new RegExp(`Importation AIS ${AIS} Skenan LP \\(P2\\) 28 gélule`));
    const csv = await readFile(named('autorisations-import-export', '.csv'), 'utf8');
    expect(csv.split('\r\n')[1]).toMatch(
      new RegExp(
        `^"3";"\\d\\d/\\d\\d/${YEAR}";"Importation";"AIS";"${AIS}";"Skenan LP \\(P2\\)";"28";"gélule";"OCP Répartition, ZI Sud, 69800 Saint-Priest";""$`,
      ),
    );
    for (const [path, picture] of [
      [statementPath, 'e2e-annual-statement'],
      [named('lettre-accompagnement-ansm', '.pdf'), 'e2e-annual-letter'],
      [named('autorisations-import-export', '.pdf'), 'e2e-annual-authorisations'],
    ] as const) {
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', path, join(PICTURES, picture)]);
    }

    // Listed in Éditions like every edition.
    await openTab(page, 'Éditions');
    const listed = page.getByRole('table', { name: 'Éditions produites' });
    await expect.poll(async () => plain(await listed.innerText())).toContain('Copie de travail JARE (.xlsx)');
    const listedText = plain(await listed.innerText());
    await app.screenshot('annual-03-editions');
    for (const kind of [
      'État annuel récapitulatif',
      'Lettre d’accompagnement (ANSM)',
      'Autorisations d’import et d’export',
      'Autorisations d’import et d’export (CSV)',
    ])
      expect(listedText).toContain(kind);

    // An operator that files the JARE, with a deadline still ahead this year: the reminder, which opens the tab.
    await openTab(page, 'Déclaration annuelle');
    await page.getByRole('checkbox', { name: /opérateur qui dépose la déclaration annuelle/ }).check();
    await page.getByLabel('Date limite de dépôt (JJ/MM)').fill('31/12');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.locator('.annual-settings').getByRole('status').textContent()).toContain('Réglage enregistré');
    const reminder = page.getByRole('region', { name: 'Rappel de la déclaration annuelle' });
    await expect.poll(async () => plain(await reminder.textContent())).toContain('Déclaration annuelle à déposer avant le 31 décembre');
    await openTab(page, 'Stock');
    await reminder.getByRole('button', { name: 'Ouvrir la déclaration annuelle' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Déclaration annuelle');
    await app.screenshot('annual-02-reminder');
    expect(JSON.parse(await readFile(join(dataFolder, 'settings.json'), 'utf8'))).toMatchObject({
      annual: { [registerId ?? '']: { operator: true, deadline: '12-31' } },
    });
    await app.close();
  });
});
