// Reads the command line into a command, or the reason it cannot be understood.
// Only structure here: the French wording of each problem lives in messages.ts.
import { isIsoDay } from '../../shared/register/dates';

export type CliCommand =
  | { name: 'help' }
  | { name: 'verify'; journal: string }
  | { name: 'stock'; journal: string; at?: string }
  | { name: 'import'; csv: string; out: string };

export type UsageProblem =
  | { kind: 'noCommand' }
  | { kind: 'unknownCommand'; command: string }
  | { kind: 'missingJournal'; command: string }
  | { kind: 'unexpectedArgument'; command: string; argument: string }
  | { kind: 'missingDate' }
  | { kind: 'badDate'; value: string }
  | { kind: 'missingCsv' }
  | { kind: 'missingOut' };

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; problem: UsageProblem };

const HELP = new Set(['help', '--help', '-h']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [name, ...rest] = argv;
  if (name === undefined) return problem({ kind: 'noCommand' });
  if (HELP.has(name)) return { ok: true, command: { name: 'help' } };
  if (name === 'import') return parseImport(rest);
  if (name !== 'verify' && name !== 'stock') return problem({ kind: 'unknownCommand', command: name });

  let journal: string | undefined;
  let at: string | undefined;
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index]!;
    if (name === 'stock' && (argument === '--at' || argument.startsWith('--at='))) {
      const value = argument === '--at' ? rest[(index += 1)] : argument.slice('--at='.length);
      if (value === undefined || value === '') return problem({ kind: 'missingDate' });
      if (!isIsoDay(value)) return problem({ kind: 'badDate', value });
      at = value;
    } else if (journal === undefined && !argument.startsWith('-')) {
      journal = argument;
    } else {
      return problem({ kind: 'unexpectedArgument', command: name, argument });
    }
  }
  if (journal === undefined) return problem({ kind: 'missingJournal', command: name });
  if (name === 'verify') return { ok: true, command: { name, journal } };
  return { ok: true, command: at === undefined ? { name, journal } : { name, journal, at } };
}

/** import <file.csv> --out <folder or path.journal.jsonl>, the option before or after the file. */
function parseImport(rest: readonly string[]): ParsedArgs {
  let csv: string | undefined;
  let out: string | undefined;
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index]!;
    if (out === undefined && (argument === '--out' || argument.startsWith('--out='))) {
      const value = argument === '--out' ? rest[(index += 1)] : argument.slice('--out='.length);
      if (value === undefined || value === '') return problem({ kind: 'missingOut' });
      out = value;
    } else if (csv === undefined && !argument.startsWith('-')) {
      csv = argument;
    } else {
      return problem({ kind: 'unexpectedArgument', command: 'import', argument });
    }
  }
  if (csv === undefined) return problem({ kind: 'missingCsv' });
  if (out === undefined) return problem({ kind: 'missingOut' });
  return { ok: true, command: { name: 'import', csv, out } };
}

function problem(found: UsageProblem): ParsedArgs {
  return { ok: false, problem: found };
}
