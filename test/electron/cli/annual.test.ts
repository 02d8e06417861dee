// annual <journal> --year YYYY --out <folder>: the JARE working copy (.xlsx) and the état
// annuel récapitulatif (PDF), from a journal across a year boundary, read back as a
// person sees them: the PDF through pdftotext (and a page rendered), the workbook through
// exceljs and through LibreOffice's CSV of sheet S.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { annualFileNames } from '../../../electron/cli/commands/annual/annual';
import { FIRST_DATA_ROW, HEADER_ROW, STATUS_ROW } from '../../../electron/annual/working-copy-workbook';
import { readCommandLine } from '../../../electron/cli/read-command-line';
import { refusal } from './command-line';
import type { AnnualArguments } from '../../../electron/cli/commands/annual/command';
import { runCli } from '../../../electron/cli/run';
import { ANNUAL_STATEMENT_TITLE } from '../../../shared/editions/pdf/annual-statement-pdf';
import { WORKING_COPY_TITLE } from '../../../shared/jare/working-copy';
import { ESTABLISHMENT } from '../../fixtures/drafts';
import { frameGaps, readPdf, renderPages, squeezed, EDITIONS_DIR } from '../../shared/editions/pdf-text';
import { annualJournal } from '../../shared/jare/annual-journal';
import { filesIn, suiteFolder, suiteJournal } from './editions-files';
import { captured } from './import-files';
import { plain, writeJournalText } from './journal-files';

const EDITED_AT = new Date(2027, 0, 20, 9, 5);
const EDITED = '20/01/2027 à 09:05';
const events = annualJournal();
const head = events.at(-1)!;
const names = annualFileNames(2026, EDITED_AT);

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captured();
  const { annualCommand } = await import('../../../electron/cli/commands/annual/annual');
  const parsed = readCommandLine(argv);
  if (!parsed.ok || !('command' in parsed) || parsed.command.name !== 'annual') throw new Error('not an annual command');
  const code = await annualCommand(parsed.command as unknown as AnnualArguments, io, EDITED_AT);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

describe('annual: command line', () => {
  it.each([
    [['annual', 'j.jsonl', '--year', '2026', '--out', 'dir'], { name: 'annual', journal: 'j.jsonl', year: 2026, out: 'dir' }],
    [['annual', '--out=dir', '--year=2026', 'j.jsonl'], { name: 'annual', journal: 'j.jsonl', year: 2026, out: 'dir' }],
  ])('reads %j', (argv, command) => {
    expect(readCommandLine(argv)).toEqual({ ok: true, command });
  });

  it.each([
    [['annual', 'j.jsonl', '--out', 'dir'], 'attend --year'],
    [['annual', 'j.jsonl', '--year', '26', '--out', 'dir'], 'Année invalide : « 26 »'],
    [['annual', 'j.jsonl', '--year', '2026'], 'attend --out'],
    [['annual', '--year', '2026', '--out', 'dir'], 'La commande annual attend le chemin'],
  ])('refuses %j in French', (argv, words) => {
    expect(refusal(argv).problem).toContain(words);
  });

  it('is in the help', async () => {
    const io = captured();
    await runCli(['help'], io);
    expect(plain(io.stdout.join('\n'))).toContain('annual <journal> --year AAAA --out <dossier>');
  });
});

describe('annual: the working copy and the état annuel of 2026', { timeout: 60_000 }, () => {
  let out: string;
  let result: { code: number; stdout: string; stderr: string };
  /** What the libraries printed to the terminal meanwhile, beside what the command said. */
  let printed: unknown[][];
  beforeAll(async () => {
    out = join(suiteFolder(), 'annuel');
    const console = vi.spyOn(globalThis.console, 'log');
    try {
      result = await run(['annual', suiteJournal(events), '--year', '2026', '--out', out]);
    } finally {
      printed = console.mock.calls.slice();
      console.mockRestore();
    }
  }, 60_000);

  it('lets no library print to the terminal (the table library complains in English of widths that do not add up)', () => {
    expect(printed).toEqual([]);
  });

  it('verifies the journal, writes both files and says what it did', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(filesIn(out)).toEqual([names.pdf, names.workbook].sort());
    const stdout = plain(result.stdout);
    expect(stdout).toContain('Déclaration annuelle 2026');
    expect(stdout).toContain('3 produits, 1 substance');
    expect(stdout).toContain('produits sans substance déclarée, absents de la feuille S : P4');
    expect(stdout).toContain('Contrôle : stock au 31/12 = stock au 1/1 + entrées − sorties + écarts expliqués');
  });

  it('the PDF carries the frame on every page and the figures, exact and in French', () => {
    const pdf = readPdf(readFileSync(join(out, names.pdf)), 'etat-annuel-2026');
    renderPages(pdf, 2);
    expect(
      frameGaps(pdf, { establishment: ESTABLISHMENT, title: ANNUAL_STATEMENT_TITLE, period: 'année 2026 (du 01/01/2026 au 31/12/2026)', edited: EDITED, head }),
    ).toEqual([]);
    const text = squeezed(pdf.text);
    expect(text).toContain(WORKING_COPY_TITLE);
    // Morphine (sulfate), in mg: 420 on 1/1, 3 680 acquired, 200 to wholesale (10 mL × 20 mg), 550 to retail, 60 stolen, 390 explained, 3 680 on 31/12.
    expect(text).toMatch(/Morphine \(sulfate\) mg 420 0 3 680 0 0 200 550 0 0 60 3 680 390 0/);
    // Oramorph, in mL: 100 received, 10 returned to the wholesaler, 12,5 dispensed, 77,5 left.
    expect(text).toMatch(/Oramorph 20 mg\/mL \(P3\) mL 0 0 100 0 0 10 12,5 0 0 0 77,5 0 0/);
    expect(text).toContain('Contre-passation du n° 13 : délivrance saisie deux fois');
    expect(text).toContain('Contrôle : chaque ligne est justifiée');
  });

  it('the workbook, read back: sheets D, S, P, the title, confirmed letters, exact figures', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(out, names.workbook)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['D', 'S', 'P']);
    for (const sheet of workbook.worksheets) expect(sheet.getCell('A1').value).toBe(WORKING_COPY_TITLE);
    const s = workbook.getWorksheet('S')!;
    expect(s.getCell(`A${HEADER_ROW}`).value).toBe('Nom de la substance');
    expect(s.getCell(`E${HEADER_ROW}`).value).toBe('Unité');
    expect(s.getCell(`F${HEADER_ROW}`).value).toBe('Stock au 1er janvier');
    expect(s.getCell(`M${HEADER_ROW}`).value).toBe('Cession sur le territoire douanier au commerce de détail (-)');
    expect(s.getCell(`M${STATUS_ROW}`).value).toBe('confirmée (guide ANSM)');
    expect(s.getCell(`K${STATUS_ROW}`).value).toBe('colonne de l’ANSM inconnue');
    expect(s.getCell(`A${FIRST_DATA_ROW}`).value).toBe('Morphine (sulfate)');
    expect(s.getCell(`E${FIRST_DATA_ROW}`).value).toBe('mg');
    expect(s.getCell(`F${FIRST_DATA_ROW}`).value).toBe(420);
    expect(s.getCell(`M${FIRST_DATA_ROW}`).value).toBe(550);
    const p = workbook.getWorksheet('P')!;
    expect(p.getCell(`H${HEADER_ROW}`).value).toBe('Stock au 1er janvier');
    expect(p.getCell(`O${HEADER_ROW}`).value).toBe('Cession sur le territoire douanier au commerce de détail (-)');
    expect(p.getCell(`O${FIRST_DATA_ROW + 1}`).value).toBe(12.5);
    const d = workbook.getWorksheet('D')!;
    expect(d.getCell('B7').value).toBe(ESTABLISHMENT.name);
  });

  it('LibreOffice shows sheet S as a person sees it', () => {
    const folder = join(EDITIONS_DIR, 'jare-csv');
    mkdirSync(folder, { recursive: true });
    const copy = join(folder, 'jare-2026.xlsx');
    copyFileSync(join(out, names.workbook), copy);
    // Sheet 2 (S), UTF-8, comma-separated.
    execFileSync(
      'libreoffice',
      ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2', '--outdir', folder, copy],
      { stdio: 'ignore', timeout: 60_000 },
    );
    const csv = readFileSync(join(folder, 'jare-2026-S.csv'), 'utf8');
    writeFileSync(join(folder, 'S.txt'), csv);
    const lines = csv.split('\n');
    expect(lines[0]).toContain(WORKING_COPY_TITLE);
    expect(lines[HEADER_ROW - 1]).toContain('Stock au 1er janvier');
    expect(lines[FIRST_DATA_ROW - 1]).toMatch(/^Morphine \(sulfate\),,,,mg,420,0,3680,0,0,,200,550,0,0,60,3680,390,0/);
  });

  it('never replaces a file: a second run at the same minute writes nothing', async () => {
    const again = await run(['annual', suiteJournal(events), '--year', '2026', '--out', out]);
    expect(again.code).toBe(2);
    expect(plain(again.stderr)).toContain('existent déjà et ne sont jamais remplacés');
    expect(filesIn(out)).toHaveLength(2);
  });

  it('refuses an altered journal and writes nothing', async () => {
    const lines = readFileSync(suiteJournal(events), 'utf8').split('\n');
    lines[7] = lines[7]!.replace('"quantity":56000', '"quantity":57000');
    const folder = join(suiteFolder(), 'altered');
    const refused = await run(['annual', writeJournalText(lines.join('\n')), '--year', '2026', '--out', folder]);
    expect(refused.code).toBe(1);
    expect(filesIn(folder)).toEqual([]);
  });
});
