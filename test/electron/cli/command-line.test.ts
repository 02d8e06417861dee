// The command table read by node:util parseArgs: the help lists every command of the
// table, each command has its own usage, and every refusal is said in French.
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands';
import { usageLine } from '../../../electron/cli/common/command';
import { readOptions } from '../../../electron/cli/common/read-options';
import { EXIT_OK, EXIT_USAGE } from '../../../electron/cli/common/io';
import { readCommandLine } from '../../../electron/cli/read-command-line';
import { runCli } from '../../../electron/cli/run';
import { TODAY } from '../../fixtures/drafts';
import { refusal } from './command-line';
import { plain } from './journal-files';

async function run(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { today: TODAY, out: (text) => stdout.push(plain(text)), err: (text) => stderr.push(plain(text)) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('the help, made from the command table', () => {
  it('lists every command of the table, annual and jare included, with its usage line and summary', async () => {
    expect(COMMANDS.map((entry) => entry.name)).toEqual(['verify', 'stock', 'import', 'editions', 'annual', 'jare']);
    for (const argv of [['help'], ['--help'], ['-h']]) {
      const { code, stdout, stderr } = await run(argv);
      expect(code).toBe(EXIT_OK);
      expect(stderr).toBe('');
      for (const entry of COMMANDS) {
        expect(stdout).toContain(`  ${usageLine(entry)}\n      ${plain(entry.summary)}`);
      }
    }
  });

  it('gives each command’s usage with its details, from help <command> or <command> --help', async () => {
    const asked = await run(['help', 'stock']);
    expect(asked.code).toBe(EXIT_OK);
    expect(asked.stdout).toMatch(/^Usage : npm run cli -- stock <journal> \[--at AAAA-MM-JJ\]\n/);
    expect(asked.stdout).toContain('Code de sortie : 0 stock affiché');
    for (const entry of COMMANDS) {
      const own = await run([entry.name, '--help']);
      expect(own.code).toBe(EXIT_OK);
      expect(own.stdout.split('\n')[0]).toBe(`Usage : npm run cli -- ${usageLine(entry)}`);
      expect((await run([entry.name, '-h'])).stdout).toBe(own.stdout);
    }
  });

  it('refuses no command or an unknown one with exit code 2, then the list of commands', async () => {
    const none = await run([]);
    expect(none.code).toBe(EXIT_USAGE);
    expect(none.stderr).toMatch(
      /^Commande manquante : indiquez l’une des commandes verify, stock, import, editions, annual, jare, ou help\.\n\nUsage : npm run cli -- <commande>/,
    );
    const unknown = await run(['imprimer', 'a.jsonl']);
    expect(unknown.code).toBe(EXIT_USAGE);
    expect(unknown.stderr).toMatch(/^Commande inconnue : « imprimer »\. Commandes possibles : verify, stock, import, editions, annual, jare, help\./);
    expect(unknown.stderr).toContain('  jare <journal> --year AAAA');
    expect((await run(['help', 'imprimer'])).stderr).toMatch(/^Commande inconnue : « imprimer »/);
  });
});

describe('the words of a command', () => {
  it('reads verify and stock, the option before or after the journal, as --at value or --at=value', () => {
    expect(readCommandLine(['verify', 'a.journal.jsonl'])).toEqual({ ok: true, command: { name: 'verify', journal: 'a.journal.jsonl' } });
    expect(readCommandLine(['stock', 'a.jsonl'])).toEqual({ ok: true, command: { name: 'stock', journal: 'a.jsonl' } });
    const at = { ok: true, command: { name: 'stock', journal: 'a.jsonl', at: '2026-03-05' } };
    expect(readCommandLine(['stock', 'a.jsonl', '--at', '2026-03-05'])).toEqual(at);
    expect(readCommandLine(['stock', '--at=2026-03-05', 'a.jsonl'])).toEqual(at);
    // After --, a word that looks like an option is a path.
    expect(readCommandLine(['verify', '--', '-journal.jsonl'])).toEqual({ ok: true, command: { name: 'verify', journal: '-journal.jsonl' } });
  });

  it('refuses an unknown option in French, naming it and the options the command has', async () => {
    const { code, stderr } = await run(['verify', 'a.jsonl', '--at', '2026-03-05']);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toMatch(
      /^Option inconnue pour verify : « --at »\. Options possibles : --phrase, --code, --help\.\n\nUsage : npm run cli -- verify <journal> \[--phrase <phrase de passe>\] \[--code <code de secours>\]\n/,
    );
    expect(refusal(['stock', 'a.jsonl', '-x']).problem).toBe('Option inconnue pour stock : « -x ». Options possibles : --at, --help.');
  });

  it('refuses an option without its value, a value given to --help, a word too many, an option twice', () => {
    expect(refusal(['stock', 'a.jsonl', '--at']).problem).toBe('L’option --at attend une date au format AAAA-MM-JJ.');
    expect(refusal(['stock', 'a.jsonl', '--at=']).problem).toBe('L’option --at attend une date au format AAAA-MM-JJ.');
    expect(refusal(['stock', 'a.jsonl', '--help=oui']).problem).toBe('L’option --help ne prend pas de valeur.');
    expect(refusal(['verify', 'a.jsonl', 'b.jsonl']).problem).toBe('Argument inattendu pour verify : « b.jsonl ».');
    expect(refusal(['stock', 'a.jsonl', '--at', '2026-03-05', '--at', '2026-03-06']).problem).toBe(
      'L’option --at est donnée deux fois pour stock : indiquez-la une seule fois.',
    );
  });

  it('names what is missing or wrong', () => {
    expect(refusal(['verify']).problem).toBe('La commande verify attend le chemin d’un fichier journal (.journal.jsonl).');
    expect(refusal(['stock', '--at', '2026-03-05']).problem).toBe('La commande stock attend le chemin d’un fichier journal (.journal.jsonl).');
    for (const value of ['05/03/2026', '2026-02-30', '2026-3-5']) {
      expect(refusal(['stock', 'a.jsonl', '--at', value]).problem).toBe(
        `Date invalide pour --at : « ${value} ». Utilisez le format AAAA-MM-JJ, par exemple 2026-03-31.`,
      );
    }
  });
});

describe('parseArgs’ refusals in French', () => {
  it('covers each error parseArgs throws for a command line', () => {
    const codeOf = (args: string[], allowPositionals: boolean) => {
      try {
        parseArgs({ args, options: { out: { type: 'string' }, help: { type: 'boolean' } }, strict: true, allowPositionals });
        return null;
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    expect(codeOf(['--frob'], true)).toBe('ERR_PARSE_ARGS_UNKNOWN_OPTION');
    expect(codeOf(['--out'], true)).toBe('ERR_PARSE_ARGS_INVALID_OPTION_VALUE');
    expect(codeOf(['a.jsonl'], false)).toBe('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL');
    expect(readOptions(['--frob'], ['out'], 1)).toEqual({ ok: false, problem: { kind: 'unknownOption', option: '--frob' } });
    expect(readOptions(['--out'], ['out'], 1)).toEqual({ ok: false, problem: { kind: 'missingValue', option: '--out' } });
    expect(readOptions(['--out', '--help'], ['out'], 1)).toEqual({ ok: false, problem: { kind: 'missingValue', option: '--out' } });
    expect(readOptions(['a.jsonl'], ['out'], 0)).toEqual({ ok: false, problem: { kind: 'unexpectedArgument', argument: 'a.jsonl' } });
  });
});
