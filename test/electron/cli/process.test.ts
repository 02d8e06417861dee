// The command line as a user runs it: a separate Node process, its exit code and its text.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { journalLines, plain, weekOfMovements, writeJournal, writeJournalText } from './journal-files';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout: plain(stdout), stderr: plain(stderr) });
    });
  });
}

/** The TypeScript entry through tsx, as the tests run it; `npm run cli` runs the built bundle (bundle.test.ts). */
function cli(...args: string[]): Promise<Outcome> {
  return run(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args]);
}

describe('registre CLI process', { timeout: 30_000 }, () => {
  it('exits 0 on an intact journal and prints the summary', async () => {
    const outcome = await cli('verify', writeJournal(weekOfMovements()));
    expect(outcome).toMatchObject({ code: 0, stderr: '' });
    expect(outcome.stdout).toContain('Journal intègre : ');
    expect(outcome.stdout).toContain('Dernier n° d’ordre : 7\n');
  });

  it('exits 1 on an altered journal, naming the line, the order number and why', async () => {
    const lines = journalLines(weekOfMovements());
    lines[4] = lines[4]!.replace('"quantity":12000', '"quantity":12001');
    const outcome = await cli('verify', writeJournalText(lines.join('\n')));
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('Ligne 5 (n° d’ordre 5) : l’empreinte ne correspond pas au contenu — la ligne a été modifiée.');
  });

  it('exits 0 with the stock at the given day', async () => {
    const outcome = await cli('stock', writeJournal(weekOfMovements()), '--at', '2026-03-06');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Stock au 06/03/2026');
    expect(outcome.stdout).toMatch(/Méthadone sirop 5 mg\/mL +sirop +5 mg\/mL +1 000,5 +1 000,5 +0 +mL/);
  });

  it('exits 2 with the usage on an unknown command or a missing argument', async () => {
    const unknown = await cli('imprimer', 'x.journal.jsonl');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Commande inconnue : « imprimer »');
    expect(unknown.stderr).toContain('Usage : npm run cli -- <commande>');
    const missing = await cli('stock');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('La commande stock attend le chemin d’un fichier journal');
  });

  it('exits 2 on a file it cannot read', async () => {
    const outcome = await cli('verify', 'introuvable.journal.jsonl');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('Impossible de lire le journal « introuvable.journal.jsonl » : fichier introuvable.');
  });

  it('runs through the npm script', async () => {
    const outcome = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'cli', '--', 'verify', writeJournal(weekOfMovements())]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Événements : 7, dont 4 mouvements');
  });
});
