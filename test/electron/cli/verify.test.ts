import { describe, expect, it } from 'vitest';
import { EXIT_BROKEN, EXIT_OK, EXIT_USAGE, type CliIo } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { TODAY } from '../../fixtures/drafts';
import { journalLines, plain, tempFolder, weekOfMovements, writeJournal, writeJournalText } from './journal-files';

function captured(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, today: TODAY, out: (text) => stdout.push(plain(text)), err: (text) => stderr.push(plain(text)) };
}

describe('verify command', () => {
  it('accepts an intact journal and prints its summary', async () => {
    const events = weekOfMovements();
    const path = writeJournal(events);
    const io = captured();
    expect(await runCli(['verify', path], io)).toBe(EXIT_OK);
    expect(io.stderr).toEqual([]);
    expect(io.stdout.join('\n').split('\n')).toEqual([
      `Journal intègre : ${path}`,
      'Événements : 7, dont 4 mouvements',
      'Produits définis : 2',
      'Dernier n° d’ordre : 7',
      `Empreinte de tête : ${events[6]!.hash}`,
      'Registre non signé : il n’a pas encore de clé de signature (registre tenu avant les clôtures signées, ou repris par import). Il la recevra à sa prochaine clôture dans l’application.',
    ]);
  });

  it('refuses a broken journal naming the first broken line', async () => {
    const lines = journalLines(weekOfMovements());
    const io = captured();
    const path = writeJournalText([lines[0], lines[1], lines[3], lines[2], ...lines.slice(4)].join('\n'));
    expect(await runCli(['verify', path], io)).toBe(EXIT_BROKEN);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join('\n')).toBe(
      `Journal refusé : ${path}\nLigne 3 (n° d’ordre 4) : le n° d’ordre 3 était attendu — une ligne a été supprimée, insérée ou déplacée.`,
    );
  });

  it('refuses an empty file', async () => {
    const io = captured();
    expect(await runCli(['verify', writeJournalText('')], io)).toBe(EXIT_BROKEN);
    expect(io.stderr.join('\n')).toContain('Le journal est vide');
  });

  it('explains a file it cannot read, apart from a broken journal', async () => {
    const io = captured();
    expect(await runCli(['verify', `${tempFolder()}/absent.journal.jsonl`], io)).toBe(EXIT_USAGE);
    expect(io.stderr.join('\n')).toMatch(/^Impossible de lire le journal « .*absent\.journal\.jsonl » : fichier introuvable\.$/);
  });

  it('explains a wrong command line with the usage', async () => {
    const io = captured();
    expect(await runCli(['verify'], io)).toBe(EXIT_USAGE);
    expect(io.stderr.join('\n')).toContain('La commande verify attend le chemin d’un fichier journal');
    expect(io.stderr.join('\n')).toContain('Usage : npm run cli --');
  });

  it('prints the usage on request', async () => {
    const io = captured();
    expect(await runCli(['--help'], io)).toBe(EXIT_OK);
    expect(io.stdout.join('\n')).toContain('stock <journal> [--at AAAA-MM-JJ]');
  });
});
