// The command line as `npm run cli` runs it: built by scripts/build-cli.mjs into a folder
// that runs with Node alone (here a temporary one), each command loaded when it runs.
// Every command that needs a library at run time (PDF, workbook, fonts) is run once.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInto, VALID } from './import-files';
import { plain, tempFolder, weekOfMovements, writeJournal } from './journal-files';

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

describe('the built command line', { timeout: 120_000 }, () => {
  // Built once for the file: the temporary folders of each test are removed after it.
  const out = mkdtempSync(join(tmpdir(), 'registre-cli-bundle-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  beforeAll(() => {
    execFileSync(process.execPath, ['--input-type=module', '-e', 'const { buildCli } = await import("./scripts/build-cli.mjs"); await buildCli(process.argv[1]);', out], { cwd: ROOT });
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
});
