// editions as a user runs it: a separate Node process (the TypeScript entry through tsx),
// on a journal written by the import command; its exit code, its text and its files.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesIn, pdfText, sha256Of } from './editions-files';
import { importInto, VALID } from './import-files';
import { plain, tempFolder } from './journal-files';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The TypeScript entry through tsx, as the tests run it; `npm run cli` runs the built bundle (bundle.test.ts). */
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

describe('registre CLI editions process', { timeout: 60_000 }, () => {
  it('exits 0, creates the folder, writes the six PDFs at the machine clock and prints their SHA-256', async () => {
    const { path } = await importInto(VALID);
    const out = join(tempFolder(), 'éditions', 'mars');
    const before = Date.now();
    const outcome = await cli('editions', path, '--out', out);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    const files = filesIn(out);
    expect(files.map((file) => file.replace(/_\d{8}-\d{4}\.pdf$/, ''))).toEqual([
      '2026-03-02_2026-03-06_ordonnancier',
      '2026-03-02_2026-03-06_registre-tous-produits',
      '2026-03-02_2026-03-06_registre_P2-morphine-sulfate-lp-10-mg',
      '2026-03-02_2026-03-06_registre_P3-methadone-sirop-5-mg-ml',
      '2026-03_balance-mensuelle',
      'integrite',
    ]);
    expect(outcome.stdout).toContain(`Éditions écrites : 6 fichiers dans ${out}\n`);
    expect(outcome.stdout).toContain('Période : du 02/03/2026 au 06/03/2026 — aucune date indiquée : tout le journal');
    for (const file of files) expect(outcome.stdout).toContain(`    ${file}\n    SHA-256 : ${sha256Of(join(out, file))}`);
    // The edition instant is the machine clock's: the file names and every page carry it.
    const stamp = /_(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)\.pdf$/.exec(files[0]!)!;
    const stamped = new Date(Number(stamp[1]), Number(stamp[2]) - 1, Number(stamp[3]), Number(stamp[4]), Number(stamp[5])).getTime();
    expect(stamped).toBeGreaterThanOrEqual(before - 60_000);
    expect(stamped).toBeLessThanOrEqual(Date.now());
    const all = pdfText(join(out, files[1]!));
    expect(all.text).toContain(`Édité le ${stamp[3]}/${stamp[2]}/${stamp[1]} à ${stamp[4]}:${stamp[5]}`);
    expect(all.text).toMatch(/^\s*6\s{2,}05\/03\/2026 .*Dispensation/m);
  });

  it('exits 1 on an altered journal, naming the line, and writes nothing', async () => {
    const { path } = await importInto(VALID);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[5] = lines[5]!.replace('"quantity":12000', '"quantity":1200');
    const altered = join(tempFolder(), 'altere.journal.jsonl');
    writeFileSync(altered, lines.join('\n'));
    const out = join(tempFolder(), 'editions');
    const outcome = await cli('editions', altered, '--out', out);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('Ligne 6 (n° d’ordre 6) : l’empreinte ne correspond pas au contenu — la ligne a été modifiée.');
    expect(filesIn(out)).toEqual([]);
  });

  it('exits 2 with the usage when --out is missing, and help describes the command', async () => {
    const missing = await cli('editions', 'registre.journal.jsonl');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('La commande editions attend --out suivi du dossier où écrire les PDF');
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('editions <journal> --out <dossier> [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--product <id>]');
  });
});
