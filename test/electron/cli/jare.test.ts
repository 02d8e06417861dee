// jare <journal> --year YYYY --out <copy.xlsx> [--template <xlsx>] [--matches <json>]: ANSM's
// template filled from a journal (confirmed matches from a JSON file) with its report in
// PDF, or the working copy without a template; never over a file, never over the template.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCommandLine } from '../../../electron/cli/read-command-line';
import { reportPathOf } from '../../../electron/cli/commands/jare/jare';
import { refusal } from './command-line';
import type { JareArguments } from '../../../electron/cli/commands/jare/command';
import { runCli } from '../../../electron/cli/run';
import { JARE_FILL_REPORT_TITLE } from '../../../shared/editions/pdf/jare-fill-report-pdf';
import { WORKING_COPY_TITLE } from '../../../shared/jare/working-copy';
import { ESTABLISHMENT } from '../../fixtures/drafts';
import { frameGaps, readPdf, renderPages, squeezed } from '../../shared/editions/pdf-text';
import { annualJournal } from '../../shared/jare/annual-journal';
import { jareTemplate } from '../jare/template-fixture';
import { filesIn, suiteFolder, suiteJournal } from './editions-files';
import { captured } from './import-files';
import { plain, writeJournalText } from './journal-files';

const EDITED_AT = new Date(2027, 0, 20, 9, 5);
const events = annualJournal();
const head = events.at(-1)!;
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captured();
  const { jareCommand } = await import('../../../electron/cli/commands/jare/jare');
  const parsed = readCommandLine(argv);
  if (!parsed.ok || !('command' in parsed) || parsed.command.name !== 'jare') throw new Error('not a jare command');
  const code = await jareCommand(parsed.command as unknown as JareArguments, io, EDITED_AT);
  return { code, stdout: plain(io.stdout.join('\n')), stderr: plain(io.stderr.join('\n')) };
}

describe('jare: command line', () => {
  it.each([
    [['jare', 'j.jsonl', '--year', '2026', '--out', 'c.xlsx'], { name: 'jare', journal: 'j.jsonl', year: 2026, out: 'c.xlsx' }],
    [
      ['jare', '--matches=m.json', '--template', 'ansm.xlsx', 'j.jsonl', '--out=c.XLSX', '--year=2026'],
      { name: 'jare', journal: 'j.jsonl', year: 2026, out: 'c.XLSX', template: 'ansm.xlsx', matches: 'm.json' },
    ],
  ])('reads %j', (argv, command) => {
    expect(readCommandLine(argv)).toEqual({ ok: true, command });
  });

  it.each([
    [['jare', 'j.jsonl', '--out', 'c.xlsx'], 'La commande jare attend --year'],
    [['jare', 'j.jsonl', '--year', '26', '--out', 'c.xlsx'], 'Année invalide : « 26 »'],
    [['jare', 'j.jsonl', '--year', '2026'], 'attend --out suivi du chemin du classeur'],
    [['jare', 'j.jsonl', '--year', '2026', '--out', 'dossier'], '--out doit nommer un classeur .xlsx'],
    [['jare', 'j.jsonl', '--year', '2026', '--out', 'c.xlsx', '--template'], 'L’option --template attend'],
    [['jare', 'j.jsonl', '--year', '2026', '--out', 'c.xlsx', '--matches', 'm.json'], 'n’a de sens qu’avec --template'],
    [['jare', '--year', '2026', '--out', 'c.xlsx'], 'La commande jare attend le chemin'],
  ])('refuses %j in French', (argv, words) => {
    expect(refusal(argv).problem).toContain(words);
  });

  it('is in the help, and annual still is', async () => {
    const io = captured();
    await runCli(['help'], io);
    const help = plain(io.stdout.join('\n'));
    expect(help).toContain('jare <journal> --year AAAA --out <copie.xlsx> [--template <fichier-jare.xlsx>] [--matches <correspondances.json>]');
    expect(help).toContain('annual <journal> --year AAAA --out <dossier>');
  });
});

describe('jare: ANSM’s template filled from the 2026 journal', { timeout: 90_000 }, () => {
  let folder: string;
  let journal: string;
  let templatePath: string;
  let templateHash: string;
  let matchesPath: string;
  let out: string;
  let result: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    folder = suiteFolder();
    journal = suiteJournal(events);
    templatePath = join(folder, '20270311-jare-2026-fre-2-1.xlsx');
    const template = await jareTemplate();
    writeFileSync(templatePath, template);
    templateHash = sha(template);
    matchesPath = join(folder, 'correspondances.json');
    writeFileSync(matchesPath, JSON.stringify({ substances: { 'Morphine (sulfate)': 'NDS 10001' }, products: { P2: 'GTIN 03400930000001', P3: 'NDS 90002' } }));
    out = join(folder, 'jare-2026-rempli.xlsx');
    result = await run(['jare', journal, '--year', '2026', '--template', templatePath, '--matches', matchesPath, '--out', out]);
  }, 90_000);

  it('verifies the journal, writes the copy and its report, and says what it did', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(filesIn(folder)).toEqual(['20270311-jare-2026-fre-2-1.xlsx', 'correspondances.json', 'jare-2026-rempli.xlsx', 'jare-2026-rempli_rapport.pdf']);
    expect(result.stdout).toContain(`${out}\n SHA-256 ${sha(readFileSync(out))}`.replace('\n ', '\n    '));
    expect(result.stdout).toContain(
      '33 cellules remplies : 1 ligne de la feuille S sur 5, 2 lignes de la feuille P sur 3 ; 1 ligne du registre sans ligne dans le fichier, 0 correspondance à confirmer.',
    );
    expect(result.stdout).toContain('Ancien produit (P4) : aucune ligne de la feuille P (préparations) ne lui correspond');
    expect(result.stdout).toContain(
      'Feuille S, en-têtes non reconnus, colonnes laissées telles quelles : K « Utilisation à d’autres fins (-) », R « Contrôle »',
    );
  });

  it('never touches the template', () => {
    expect(sha(readFileSync(templatePath))).toBe(templateHash);
  });

  it('the copy holds the figures in the rows found', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(['F5', 'H5', 'M5', 'Q5'].map((cell) => workbook.getWorksheet('S')!.getCell(cell).value)).toEqual([420, 3680, 550, 3680]);
    expect(['H5', 'O5', 'S5'].map((cell) => workbook.getWorksheet('P')!.getCell(cell).value)).toEqual([14, 10, 71]);
    expect(workbook.getWorksheet('S')!.getCell('F6').value).toBeNull();
  });

  it('the report PDF carries the frame on every page, the cells written and what to examine', () => {
    const pdf = readPdf(readFileSync(reportPathOf(out)), 'jare-rapport-2026');
    renderPages(pdf, 2);
    expect(
      frameGaps(pdf, {
        establishment: ESTABLISHMENT,
        title: JARE_FILL_REPORT_TITLE,
        period: 'année 2026 (du 01/01/2026 au 31/12/2026)',
        edited: '20/01/2027 à 09:05',
        head,
      }),
    ).toEqual([]);
    const text = squeezed(pdf.text);
    expect(text).toMatch(/S 5 F Stock au 1er jan\. Morphine \(sulfate\) 420 mg/);
    expect(text).toMatch(/P 6 O Cession sur le territoire douanier au commerce de détail \(-\) Oramorph 20 mg\/mL \(P3\) 12,5 mL/);
    expect(text).toContain('À examiner');
    expect(text).toContain('Produits sans substance déclarée, absents de la feuille S : P4.');
  });

  it('never replaces a file: a second run writes nothing, nor may --out name the template', async () => {
    const again = await run(['jare', journal, '--year', '2026', '--template', templatePath, '--matches', matchesPath, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('existent déjà et ne sont jamais remplacés');
    const overTemplate = await run(['jare', journal, '--year', '2026', '--template', templatePath, '--out', templatePath]);
    expect(overTemplate.code).toBe(2);
    expect(sha(readFileSync(templatePath))).toBe(templateHash);
    expect(filesIn(folder).filter((name) => name.startsWith('jare-2026-rempli'))).toHaveLength(2);
  });

  it('without matches, proposes by name and prints the --matches that confirms them; with it, fills', async () => {
    const first = await run(['jare', journal, '--year', '2026', '--template', templatePath, '--out', join(folder, 'sans.xlsx')]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('0 cellule remplie');
    expect(first.stdout).toContain('Morphine (sulfate) : ligne 5 « Morphine sulfate » (NDS 10001), trouvée par le nom seul. À confirmer ; rien n’est rempli.');
    const proposed = first.stdout.split('\n').find((line) => line.startsWith('{'))!;
    expect(JSON.parse(proposed)).toEqual({ substances: { 'Morphine (sulfate)': 'NDS 10001' }, products: { P2: 'NDS 90001', P3: 'NDS 90002' } });
    const confirmed = join(folder, 'proposees.json');
    writeFileSync(confirmed, proposed);
    const second = await run(['jare', journal, '--year', '2026', '--template', templatePath, '--matches', confirmed, '--out', join(folder, 'avec.xlsx')]);
    expect(second.stdout).toContain('33 cellules remplies');
  });

  it('refuses a damaged template, a foreign one and bad matches in French, writing nothing', async () => {
    const broken = join(folder, 'abime.xlsx');
    writeFileSync(broken, readFileSync(templatePath).subarray(0, 2000));
    const damaged = await run(['jare', journal, '--year', '2026', '--template', broken, '--out', join(folder, 'a.xlsx')]);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toContain(`${broken} : Ce fichier n’est pas un classeur Excel (.xlsx) lisible`);
    const badMatches = join(folder, 'mauvais.json');
    writeFileSync(badMatches, JSON.stringify({ substances: { Morphine: 3 } }));
    const refused = await run(['jare', journal, '--year', '2026', '--template', templatePath, '--matches', badMatches, '--out', join(folder, 'b.xlsx')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`Fichier de correspondances ${badMatches} refusé (substances.Morphine`);
    expect(filesIn(folder)).not.toContain('a.xlsx');
    expect(filesIn(folder)).not.toContain('b.xlsx');
  });
});

describe('jare: without a template, the working copy', { timeout: 60_000 }, () => {
  it('writes the JARE working copy at --out', async () => {
    const out = join(suiteFolder(), 'copie.xlsx');
    const result = await run(['jare', suiteJournal(events), '--year', '2026', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Sans modèle : copie de travail au format JARE');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.getCell('A1').value])).toEqual([
      ['D', WORKING_COPY_TITLE],
      ['S', WORKING_COPY_TITLE],
      ['P', WORKING_COPY_TITLE],
    ]);
  });

  it('refuses an altered journal and writes nothing', async () => {
    const lines = readFileSync(suiteJournal(events), 'utf8').split('\n');
    lines[7] = lines[7]!.replace('"quantity":56000', '"quantity":57000');
    const folder = suiteFolder();
    const refused = await run(['jare', writeJournalText(lines.join('\n')), '--year', '2026', '--out', join(folder, 'copie.xlsx')]);
    expect(refused.code).toBe(1);
    expect(filesIn(folder)).toEqual([]);
  });
});
