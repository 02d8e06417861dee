// The command line as `npm run cli` runs it: built by scripts/build-cli.mjs into a folder
// that runs with Node alone (here a temporary one), each command loaded when it runs.
// Every command that needs a library at run time (PDF, workbook, fonts) is run once.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInto, VALID } from './import-files';
import { plain, tempFolder, weekOfMovements, writeJournal, writeJournalText } from './journal-files';
import { TWO_FAULTS_LENGTH, twoFaults } from './two-faults';
import { readJournal } from '../../../electron/files/read-journal';
import { journalBreak } from '../../../electron/cli/common/messages';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

let bundle: string;

function built(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bundle, ...args], { cwd: tmpdir(), env: { ...process.env, FORCE_COLOR: '0' } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout: plain(stdout), stderr: plain(stderr) });
    });
  });
}

/** The bundle run as a program itself, as `registre` once installed: its shebang finds Node on the PATH. */
function asProgram(...args: string[]): Promise<Outcome> {
  const path = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`;
  return new Promise((resolve) => {
    execFile(bundle, args, { cwd: tmpdir(), env: { ...process.env, PATH: path, FORCE_COLOR: '0' } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout: plain(stdout), stderr: plain(stderr) });
    });
  });
}

/** What one reader of the whole journal prints of it: the refusal a command must print, alone. */
async function refusalOf(path: string): Promise<string> {
  const single = await readJournal(path);
  if (single.ok) throw new Error(`journal intègre : ${path}`);
  return plain(journalBreak(path, single)).trim();
}

describe('the built command line', { timeout: 120_000 }, () => {
  // Built once for the file: the temporary folders of each test are removed after it.
  const out = mkdtempSync(join(tmpdir(), 'registre-cli-bundle-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  beforeAll(() => {
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', 'const { buildCli } = await import("./scripts/build-cli.mjs"); await buildCli(process.argv[1]);', out],
      { cwd: ROOT },
    );
    bundle = join(out, 'cli.mjs');
  });

  it('prints the help of every command of the table', async () => {
    const help = await built('--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    for (const name of ['verify', 'stock', 'import', 'editions', 'annual', 'jare']) expect(help.stdout).toContain(`\n  ${name} <`);
    const unknown = await built('stock', 'r.journal.jsonl', '--frob');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Option inconnue pour stock : « --frob »/);
  });

  it('verifies and gives the stock of a journal', async () => {
    const journal = writeJournal(weekOfMovements());
    expect((await built('verify', journal)).stdout).toContain('Événements : 7, dont 4 mouvements');
    expect((await built('stock', journal, '--at', '2026-03-06')).stdout).toMatch(/Méthadone sirop 5 mg\/mL +sirop +5 mg\/mL +1 000,5 +1 000,5 +0 +mL/);
  });

  it('runs as a program of its own, the `registre` of package.json, with the exit codes of each verdict', async () => {
    const help = await asProgram('--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('registre <commande> <chemin> [options]');
    expect(help.stdout).toContain('Codes de sortie : 0 réussite, 1 journal altéré ou refusé');
    const journal = writeJournal(weekOfMovements());
    const sound = await asProgram('verify', journal);
    expect(sound).toMatchObject({ code: 0, stderr: '' });
    expect(sound.stdout).toContain('Événements : 7, dont 4 mouvements');
    const altered = writeJournal(weekOfMovements().map((event) => (event.seq === 4 ? { ...event, hash: '0'.repeat(64) } : event)));
    const broken = await asProgram('verify', altered);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('Ligne 4 (n° d’ordre 4)');
    expect((await asProgram('verify', join(tempFolder(), 'absent.journal.jsonl'))).code).toBe(2);
  });

  it('verifies on its second thread and names the earlier of a broken rule and an altered hash, as one reader would', async () => {
    const ruleFirstPath = writeJournalText(twoFaults(40, TWO_FAULTS_LENGTH - 10));
    const ruleFirst = await asProgram('verify', ruleFirstPath);
    expect(ruleFirst.code).toBe(1);
    expect(ruleFirst.stderr).toContain('Ligne 40 (n° d’ordre 40) : le chaînage est intact, mais cet événement enfreint les règles du registre');
    const hashFirstPath = writeJournalText(twoFaults(TWO_FAULTS_LENGTH - 10, 40));
    const hashFirst = await asProgram('verify', hashFirstPath);
    expect(hashFirst.code).toBe(1);
    expect(hashFirst.stderr).toMatch(/^Journal refusé : .*\nLigne 40 \(n° d’ordre 40\) : /);
    expect(hashFirst.stderr).not.toContain('enfreint les règles');
    // The refusal and nothing else: the second thread, stopped, is no failure of the program.
    expect(ruleFirst.stderr.trim()).toBe(await refusalOf(ruleFirstPath));
    expect(hashFirst.stderr.trim()).toBe(await refusalOf(hashFirstPath));
    expect(readdirSync(out)).toContain('cli-second-part-worker.mjs');
  });

  it('names a fault of the journal’s second part, which its second thread checks, as one reader would', async () => {
    const late = TWO_FAULTS_LENGTH - 10;
    const path = writeJournalText(twoFaults(late, late + 5));
    const ruleLate = await asProgram('verify', path);
    expect(ruleLate.code).toBe(1);
    expect(ruleLate.stderr).toContain(`Ligne ${late} (n° d’ordre ${late}) : le chaînage est intact, mais cet événement enfreint les règles du registre`);
    expect(ruleLate.stderr.trim()).toBe(await refusalOf(path));
  });

  it('gives no stock of a journal whose altered line only the second thread checks', async () => {
    // This thread reads the second part only to hand its events over: the other one refuses line N.
    const late = TWO_FAULTS_LENGTH - 10;
    const stock = await asProgram('stock', writeJournalText(twoFaults(late + 5, late)), '--at', '2026-12-31');
    expect(stock.code).toBe(1);
    expect(stock.stdout).toBe('');
    expect(stock.stderr).toMatch(new RegExp(`^Journal refusé : .*\\nLigne ${late} \\(n° d’ordre ${late}\\) : `));
    // Its quantity renamed by hand: the stock, adding the second part's events up as they are read, cannot take it.
    const renamed = twoFaults(late + 5, late + 1)
      .split('\n')
      .map((line, index) => (index === late - 1 ? line.replace('"quantity":', '"quantite":') : line))
      .join('\n');
    const path = writeJournalText(renamed);
    const noQuantity = await asProgram('stock', path, '--at', '2026-12-31');
    expect(noQuantity).toMatchObject({ code: 1, stdout: '' });
    expect(noQuantity.stderr.trim()).toBe(await refusalOf(path));
  });

  it('imports, then writes the PDFs with the fonts copied beside it, and the annual workbook', async () => {
    const csv = await built('import', VALID, '--out', join(tempFolder(), 'REG-2026-001.journal.jsonl'));
    expect(csv.stderr).toBe('');
    expect(csv.code).toBe(0);
    const { path } = await importInto(VALID);
    const pdf = join(tempFolder(), 'pdf');
    const editions = await built('editions', path, '--out', pdf);
    expect(editions.stderr).toBe('');
    expect(editions.code).toBe(0);
    expect(readdirSync(pdf).length).toBeGreaterThan(3);
    const annual = join(tempFolder(), 'annuel');
    const declared = await built('annual', path, '--year', '2026', '--out', annual);
    expect(declared.stderr).toBe('');
    expect(declared.code).toBe(0);
    expect(readdirSync(annual).some((name) => name.endsWith('.xlsx'))).toBe(true);
  });

  it('refuses the editions of an altered journal and ends at once, letting go the drawing thread started with it', async () => {
    const late = TWO_FAULTS_LENGTH - 10;
    const pdf = join(tempFolder(), 'pdf');
    const started = performance.now();
    const editions = await built('editions', writeJournalText(twoFaults(late, late + 5)), '--out', pdf);
    expect(editions.code).toBe(1);
    expect(editions.stdout).toBe('');
    expect(editions.stderr).toContain(`Ligne ${late} (n° d’ordre ${late})`);
    expect(existsSync(pdf)).toBe(false);
    // A thread left running would keep the program alive: it would not end before the test's time.
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('draws the PDFs in its own threads: fonts missing there, it says so in French and writes nothing', async () => {
    const { path } = await importInto(VALID);
    const fonts = join(out, 'dejavu-fonts-ttf');
    // The bundle's folder has no node_modules: without its copy, no thread finds the fonts.
    renameSync(fonts, `${fonts}.ailleurs`);
    try {
      const pdf = join(tempFolder(), 'pdf');
      const editions = await built('editions', path, '--out', pdf);
      expect(editions.code).toBe(2);
      expect(editions.stdout).toBe('');
      expect(editions.stderr).toContain('Polices DejaVu introuvables (paquet dejavu-fonts-ttf)');
      expect(editions.stderr).toContain(join(fonts, 'ttf', 'DejaVuSansCondensed.ttf'));
      expect(existsSync(pdf)).toBe(false);
    } finally {
      renameSync(`${fonts}.ailleurs`, fonts);
    }
  });
});
