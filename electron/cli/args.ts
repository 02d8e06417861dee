// Reads the command line into a command, or the reason it cannot be understood.
// Only structure here: the French wording of each problem lives in messages.ts.
import { isIsoDay } from '../../shared/register/dates';
import { missingCaseError } from '../../shared/result';
import { parseAnnual, type AnnualCommand, type AnnualUsageProblem } from './annual-args';
import { parseJare, type JareCommand, type JareUsageProblem } from './jare-args';

export type CliCommand =
  | { name: 'help' }
  | { name: 'verify'; journal: string }
  | { name: 'stock'; journal: string; at?: string }
  | { name: 'import'; csv: string; out: string }
  | { name: 'editions'; journal: string; out: string; from?: string; to?: string; product?: string }
  | AnnualCommand
  | JareCommand;

export type UsageProblem =
  | { kind: 'noCommand' }
  | { kind: 'unknownCommand'; command: string }
  | { kind: 'missingJournal'; command: string }
  | { kind: 'unexpectedArgument'; command: string; argument: string }
  /** `option` names --from or --to; absent, it is stock's --at. */
  | { kind: 'missingDate'; option?: DateOption }
  | { kind: 'badDate'; value: string; option?: DateOption }
  | { kind: 'missingCsv' }
  | { kind: 'missingOut' }
  | { kind: 'missingEditionsOut' }
  | { kind: 'missingProduct' }
  | { kind: 'reversedPeriod'; from: string; to: string }
  | AnnualUsageProblem
  | JareUsageProblem;

export type DateOption = '--from' | '--to';

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; problem: UsageProblem };

const HELP = new Set(['help', '--help', '-h']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [name, ...rest] = argv;
  if (name === undefined) return problem({ kind: 'noCommand' });
  if (HELP.has(name)) return { ok: true, command: { name: 'help' } };
  if (name === 'import') return parseImport(rest);
  if (name === 'editions') return parseEditions(rest);
  if (name === 'annual') return parseAnnual(rest);
  if (name === 'jare') return parseJare(rest);
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

/** The value of `--name value` or `--name=value` at `index`, or null when the argument is another one. */
function optionValue(rest: readonly string[], index: number, name: string): { value: string | undefined; next: number } | null {
  const argument = rest[index]!;
  if (argument === name) return { value: rest[index + 1], next: index + 1 };
  if (argument.startsWith(`${name}=`)) return { value: argument.slice(name.length + 1), next: index };
  return null;
}

const EDITIONS_OPTIONS = [
  ['--out', 'out'],
  ['--from', 'from'],
  ['--to', 'to'],
  ['--product', 'product'],
] as const;

type EditionsOptions = Partial<Record<(typeof EDITIONS_OPTIONS)[number][1], string>>;

/** Checks one option's value; null when it is acceptable. */
function editionsOptionProblem(flag: (typeof EDITIONS_OPTIONS)[number][0], value: string | undefined): UsageProblem | null {
  switch (flag) {
    case '--out':
      return value === undefined || value === '' ? { kind: 'missingEditionsOut' } : null;
    case '--product':
      return value === undefined || value === '' || value.startsWith('-') ? { kind: 'missingProduct' } : null;
    case '--from':
    case '--to':
      if (value === undefined || value === '') return { kind: 'missingDate', option: flag };
      return isIsoDay(value) ? null : { kind: 'badDate', value, option: flag };
    default:
      throw missingCaseError(flag);
  }
}

/** editions <journal> --out <folder> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--product <id>], options in any order, each once. */
function parseEditions(rest: readonly string[]): ParsedArgs {
  let journal: string | undefined;
  const options: EditionsOptions = {};
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index]!;
    const option = EDITIONS_OPTIONS.find(([flag, key]) => options[key] === undefined && optionValue(rest, index, flag));
    if (option) {
      const [flag, key] = option;
      const { value, next } = optionValue(rest, index, flag)!;
      const found = editionsOptionProblem(flag, value);
      if (found) return problem(found);
      options[key] = value;
      index = next;
    } else if (journal === undefined && !argument.startsWith('-')) {
      journal = argument;
    } else {
      return problem({ kind: 'unexpectedArgument', command: 'editions', argument });
    }
  }
  if (journal === undefined) return problem({ kind: 'missingJournal', command: 'editions' });
  const { out, from, to, product } = options;
  if (out === undefined) return problem({ kind: 'missingEditionsOut' });
  if (from !== undefined && to !== undefined && from > to) return problem({ kind: 'reversedPeriod', from, to });
  return {
    ok: true,
    command: { name: 'editions', journal, out, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }), ...(product === undefined ? {} : { product }) },
  };
}

function problem(found: UsageProblem): ParsedArgs {
  return { ok: false, problem: found };
}
