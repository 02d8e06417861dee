// Filling ANSM's JARE workbook through the real window (decision 0012): Skenan LP with its
// substance (morphine sulfate, 30 mg per capsule, CIP13 known), two boxes received and ten
// capsules dispensed in December of last year, the window's clock then set in January. In
// the Déclaration annuelle tab a foreign workbook is refused in French; the reconstructed
// template is read (sheets, rows, headers), Skenan is found by its GTIN and the morphine
// row proposed by its name, confirmed once; the copy is filled and saved, read back with
// exceljs (values and units in their cells, other rows and the formula untouched), never
// saved over; the report shows on screen and as a PDF edition; after a reload the
// confirmation is remembered, then forgotten, and the proposal left unmatched.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jareTemplate } from '../electron/jare/template-fixture';
import { launchApp } from './harness/launch';
import { addSkenan, dispense, openRegister, openTab, receiveBoxes } from './steps';

const ROOT = join(import.meta.dirname, '..', '..');
const PICTURES = join(ROOT, 'test-results', 'editions');
const DECEMBER = new Date(2025, 11, 1, 9, 0);
const JANUARY = new Date(2026, 0, 20, 9, 0);
/** A CIP13 the product form accepts (its check digit is right). */
const CIP13 = '3400935955838';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'registre-jare-'));
  await mkdir(PICTURES, { recursive: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const plain = (text: string | null) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The reconstructed template, its Skenan row carrying this CIP13 as GTIN-14. */
async function templateWithSkenan(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await jareTemplate()) as never);
  workbook.getWorksheet('P')!.getCell('C5').value = `0${CIP13}`;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function foreignWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Feuil1').getCell('A1').value = 'Commandes 2025';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('filling ANSM’s JARE workbook', () => {
  it('reads the template, confirms a match once, fills and saves a copy with its report, and remembers the match', async () => {
    const dataFolder = join(workDir, 'data');
    const saveFolder = join(workDir, 'saved');
    await mkdir(saveFolder);
    const templatePath = join(workDir, 'JARE_2025.xlsx');
    const foreignPath = join(workDir, 'commandes.xlsx');
    const template = await templateWithSkenan();
    await writeFile(templatePath, template);
    await writeFile(foreignPath, await foreignWorkbook());
    let picked = foreignPath;
    const app = await launchApp({ profileDir: join(workDir, 'profile'), dataFolder, saveFolder, jareTemplate: () => picked, clock: DECEMBER });
    const { page } = app;

    // December 2025: Skenan with its substance and CIP13; 28 capsules received, 10 dispensed.
    await openRegister(page);
    await addSkenan(page, { cip13: CIP13, substance: { name: 'Morphine', salt: 'sulfate', mg: '30' } });
    await receiveBoxes(page, 2, { expiry: '12/2027' });
    await dispense(page, 6, '2025-000101');
    await dispense(page, 4, '2025-000102');

    // January 2026: the tab opens on 2025.
    await app.setClock(JANUARY);
    await page.reload();
    await expect.poll(() => page.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
    await openTab(page, 'Déclaration annuelle');
    expect(await page.getByLabel('Année déclarée').inputValue()).toBe('2025');
    const section = page.getByRole('region', { name: 'Remplir le fichier JARE de l’ANSM' });
    expect(plain(await section.textContent())).toContain('écrit les chiffres de 2025 dans l’unité de chaque ligne');

    // A foreign workbook: refused, in French, naming its sheets.
    await section.getByRole('button', { name: 'Choisir le fichier JARE de l’ANSM…' }).click();
    await expect
      .poll(async () => plain(await section.getByRole('alert').textContent()))
      .toBe('Ce classeur n’est pas un fichier JARE de l’ANSM : il n’a pas les feuilles S et P (feuilles trouvées : « Feuil1 »).');
    await app.screenshot('jare-01-foreign-refused');

    // ANSM's template: what it holds, then the matches.
    picked = templatePath;
    await section.getByRole('button', { name: 'Choisir le fichier JARE de l’ANSM…' }).click();
    const summary = section.getByRole('region', { name: 'Ce que contient « JARE_2025.xlsx »' });
    await expect.poll(async () => plain(await summary.innerText())).toContain('Feuilles trouvées : D, S, P, SF.');
    const summaryText = plain(await summary.innerText());
    expect(summaryText).toContain('Feuille S (« S ») : 5 lignes pré-remplies sous les en-têtes de la ligne 4.');
    expect(summaryText).toContain('Feuille P (« P ») : 3 lignes pré-remplies');
    expect(summaryText).toMatch(/En-têtes reconnus A « Nom de la substance », B « Numéro NDS »/);
    expect(summaryText).toMatch(/En-têtes non reconnus \(colonnes laissées telles quelles\) K « Utilisation à d’autres fins \(-\) », R « Contrôle »/);
    expect(await section.getByRole('alert').count()).toBe(0);
    const matched = section.getByRole('table', { name: 'Lignes du registre et leur ligne dans le fichier' });
    expect(plain(await matched.locator('tbody').innerText())).toMatch(/^P Skenan LP \(P2\) 5 — SKENAN LP 30 mg, gélule code GTIN \/ CIP$/);
    const proposals = section.getByRole('list', { name: 'À confirmer une fois (l’application s’en souviendra)' });
    expect(plain(await proposals.innerText())).toContain('Morphine (sulfate) (trouvée par le nom seul)');
    const row = section.getByRole('combobox', { name: 'Ligne du fichier pour Morphine (sulfate)' });
    expect(plain(await row.locator('option:checked').textContent())).toBe('S ligne 5 — Morphine sulfate (NDS 10001)');
    await app.screenshot('jare-02-template-read');

    // Confirmed once: remembered by the main process for this register.
    await section.getByRole('button', { name: 'Confirmer' }).click();
    await expect
      .poll(async () => plain(await section.getByRole('status').first().textContent()))
      .toContain('Correspondance de Morphine (sulfate) confirmée et retenue sur ce poste.');
    expect(plain(await matched.locator('tbody tr').first().innerText())).toBe('S Morphine (sulfate) 5 — Morphine sulfate mg votre confirmation Oublier');
    expect(await proposals.count()).toBe(0);
    const settings = JSON.parse(await readFile(join(dataFolder, 'settings.json'), 'utf8')) as { jareMatches: Record<string, unknown> };
    const [registerId = ''] = Object.keys(settings.jareMatches);
    expect(settings.jareMatches[registerId]).toEqual({ substances: { 'Morphine (sulfate)': 'NDS 10001' }, products: {} });
    await app.screenshot('jare-03-confirmed');

    // Filled and saved where the person chose; the report on screen and archived as an edition.
    await section.getByRole('button', { name: 'Remplir et enregistrer la copie…' }).click();
    const report = section.getByRole('region', { name: 'Rapport du remplissage' });
    const savedPath = join(saveFolder, 'JARE_2025_rempli.xlsx');
    await expect
      .poll(async () => plain(await report.getByRole('status').textContent()), { timeout: 30_000 })
      .toContain(`Copie remplie enregistrée : ${savedPath} (empreinte SHA-256`);
    const reportText = plain(await report.innerText());
    expect(reportText).toContain(
      '22 cellules remplies : 1 ligne de la feuille S sur 5, 1 ligne de la feuille P sur 3 ; 0 ligne du registre sans ligne dans le fichier, 0 correspondance à confirmer.',
    );
    const cells = report.getByRole('table', { name: 'Cellules remplies' });
    const cellsText = plain(await cells.innerText());
    expect(cellsText).toContain('S 5 H Acquisition sur le territoire douanier (+) Morphine (sulfate) 840 mg');
    expect(cellsText).toContain('S 5 M Cession sur le territoire douanier au commerce de détail (-) Morphine (sulfate) 300 mg');
    expect(cellsText).toContain('P 5 S Stock au 31 décembre Skenan LP (P2) 18 gélule');
    expect(reportText).toContain('Feuille S, en-têtes non reconnus, colonnes laissées telles quelles : K « Utilisation à d’autres fins (-) », R « Contrôle ».');
    await expect
      .poll(async () => plain(await section.locator('.edition-busy, .outcome').last().textContent()), { timeout: 30_000 })
      .toMatch(/Édition « 2025_jare-rapport-remplissage_\d{8}-\d{4}\.pdf » archivée et inscrite au registre/);
    await app.screenshot('jare-04-filled');

    // The copy read back: the figures in their row's unit, in the columns found by their header; the rest untouched.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(savedPath)) as never);
    const s = workbook.getWorksheet('S')!;
    expect(['E5', 'F5', 'G5', 'H5', 'I5', 'M5', 'O5', 'P5', 'Q5'].map((cell) => s.getCell(cell).value)).toEqual(['mg', 0, 0, 840, 0, 300, 0, 0, 540]);
    expect(s.getCell('K5').value).toBeNull();
    expect((s.getCell('R5').value as { formula: string }).formula).toBe('F5+G5+H5+I5-J5-K5-L5-M5-N5-O5-P5-Q5');
    for (const row of [6, 7, 8, 9]) for (const column of ['F', 'H', 'M', 'Q']) expect(s.getCell(`${column}${row}`).value).toBeNull();
    expect([s.getCell('A6').value, s.getCell('E6').value]).toEqual(['Fentanyl', 'µg']);
    const p = workbook.getWorksheet('P')!;
    expect(['H5', 'J5', 'O5', 'S5'].map((cell) => p.getCell(cell).value)).toEqual([0, 28, 10, 18]);
    for (const row of [6, 7]) for (const column of ['H', 'J', 'O', 'S']) expect(p.getCell(`${column}${row}`).value).toBeNull();
    expect(s.rowCount).toBe(9);
    expect(p.rowCount).toBe(7);
    // ANSM's file itself is never written to.
    expect(new Uint8Array(await readFile(templatePath))).toEqual(template);

    // The report PDF, in the common frame.
    const folder = join(dataFolder, 'editions', registerId);
    const reportName = (await readdir(folder)).find((name) => name.startsWith('2025_jare-rapport-remplissage_'));
    if (!reportName) throw new Error('rapport de remplissage absent des éditions');
    const pdf = plain(execFileSync('pdftotext', ['-layout', join(folder, reportName), '-'], { encoding: 'utf8' }));
    expect(pdf).toContain('Remplissage du fichier JARE de l’ANSM');
    expect(pdf).toContain('Pharmacie du Marché');
    expect(pdf).toContain('12 place de l’Église, 69001 Lyon');
    expect(pdf).toContain('Modèle rempli : JARE_2025.xlsx.');
    expect(pdf).toMatch(/S 5 H Acquisition sur le territoire douanier \(\+\) Morphine \(sulfate\) 840 mg/);
    expect(pdf).toMatch(/P 5 O Cession sur le territoire douanier au commerce de détail \(-\) Skenan LP \(P2\) 10 gélule/);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', join(folder, reportName), join(PICTURES, 'e2e-jare-fill-report')]);

    // Never over a file: a second filling to the same name is refused, the first copy kept.
    const firstCopy = await readFile(savedPath);
    await section.getByRole('button', { name: 'Remplir et enregistrer la copie…' }).click();
    await expect
      .poll(async () => plain(await section.getByRole('alert').textContent()))
      .toContain('Un fichier porte déjà le nom « JARE_2025_rempli.xlsx » : il n’est jamais remplacé');
    expect(await readFile(savedPath)).toEqual(firstCopy);

    // Listed in Éditions like every edition.
    await openTab(page, 'Éditions');
    await expect
      .poll(async () => plain(await page.getByRole('table', { name: 'Éditions produites' }).innerText()))
      .toContain('Remplissage du fichier JARE (rapport)');

    // After a reload, the confirmation is remembered: nothing to confirm again.
    await page.reload();
    await expect.poll(() => page.locator('.topbar').textContent()).toContain('Pharmacie du Marché');
    await openTab(page, 'Déclaration annuelle');
    await section.getByRole('button', { name: 'Choisir le fichier JARE de l’ANSM…' }).click();
    await expect
      .poll(async () => plain(await matched.locator('tbody').innerText()))
      .toBe('S Morphine (sulfate) 5 — Morphine sulfate mg votre confirmation Oublier P Skenan LP (P2) 5 — SKENAN LP 30 mg, gélule code GTIN / CIP');
    expect(await proposals.count()).toBe(0);
    await app.screenshot('jare-05-remembered');

    // Forgotten, it is proposed again; left unmatched, it goes with the lines without a row, nothing remembered.
    await section.getByRole('button', { name: 'Oublier la correspondance de Morphine (sulfate)' }).click();
    await expect.poll(async () => plain(await proposals.innerText())).toContain('Morphine (sulfate) (trouvée par le nom seul)');
    expect(JSON.parse(await readFile(join(dataFolder, 'settings.json'), 'utf8')).jareMatches[registerId]).toEqual({ substances: {}, products: {} });
    await section.getByRole('button', { name: 'Laisser sans ligne' }).click();
    const withoutRow = section.getByRole('list', { name: 'Sans ligne dans le fichier (rien n’est rempli pour elles)' });
    await expect.poll(async () => plain(await withoutRow.innerText())).toBe('Morphine (sulfate) (feuille S)');
    expect(await proposals.count()).toBe(0);
    await app.screenshot('jare-06-left-unmatched');
    await app.close();
  });
});
