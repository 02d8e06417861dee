// import as a user runs it: a separate Node process, its exit code, its text and the files it leaves.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plain, tempFolder } from './journal-files';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const VALID = fileURLToPath(new URL('../../fixtures/import/valide.csv', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The same loader as `npm run cli`, without npm's own start-up. */
function cli(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'electron/cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout: plain(stdout), stderr: plain(stderr) });
      },
    );
  });
}

describe('registre CLI import process', { timeout: 30_000 }, () => {
  it('exits 0, prints the summary, and the journal verifies in another process', async () => {
    const folder = tempFolder();
    const outcome = await cli('import', VALID, '--out', folder);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    const [name] = readdirSync(folder);
    expect(name).toMatch(/\.journal\.jsonl$/);
    const path = join(folder, name!);
    expect(outcome.stdout).toContain(`Import réussi : ${path}\n`);
    expect(outcome.stdout).toContain('Événements écrits : 7, dont 4 mouvements\n');

    const verify = await cli('verify', path);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('Dernier n° d’ordre : 7\n');
  });

  it('exits 1 on a refused row, naming line and column, and leaves no file', async () => {
    const folder = tempFolder();
    const csv = join(tempFolder(), 'operations.csv');
    writeFileSync(csv, readFileSync(VALID, 'utf8').replace('05/03/2026;;;;;;SKENAN10;;;;;;;12;', '05/03/2026;;;;;;SKENAN10;;;;;;;50;'), 'utf8');
    const outcome = await cli('import', csv, '--out', join(folder, 'REG-2026-001.journal.jsonl'));
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toBe('Ligne 8, colonne « quantité » : Stock insuffisant : quantité demandée 50, disponible 28.\n');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('exits 2 when --out is missing or names an existing file, which it leaves untouched', async () => {
    const missing = await cli('import', VALID);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('La commande import attend --out');

    const folder = tempFolder();
    const existing = join(folder, 'REG-2026-001.journal.jsonl');
    writeFileSync(existing, 'ancien\n', 'utf8');
    const outcome = await cli('import', VALID, '--out', existing);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('existe déjà');
    expect(readFileSync(existing, 'utf8')).toBe('ancien\n');
    expect(readdirSync(folder)).toEqual(['REG-2026-001.journal.jsonl']);
  });
});
