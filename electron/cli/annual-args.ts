// annual <journal> --year YYYY --out <folder>, options in any order, each once.
import type { ParsedArgs } from './args';

export interface AnnualCommand {
  name: 'annual';
  journal: string;
  year: number;
  out: string;
}

export type AnnualUsageProblem = { kind: 'missingYear' } | { kind: 'badYear'; value: string } | { kind: 'missingAnnualOut' };

export function parseAnnual(rest: readonly string[]): ParsedArgs {
  let journal: string | undefined;
  let year: string | undefined;
  let out: string | undefined;
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index]!;
    const [flag, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    if ((flag === '--year' && year === undefined) || (flag === '--out' && out === undefined)) {
      const value = inline ?? rest[(index += 1)];
      if (flag === '--year') {
        if (value === undefined || value === '') return { ok: false, problem: { kind: 'missingYear' } };
        if (!/^\d{4}$/.test(value)) return { ok: false, problem: { kind: 'badYear', value } };
        year = value;
      } else {
        if (value === undefined || value === '') return { ok: false, problem: { kind: 'missingAnnualOut' } };
        out = value;
      }
    } else if (journal === undefined && !argument.startsWith('-')) {
      journal = argument;
    } else {
      return { ok: false, problem: { kind: 'unexpectedArgument', command: 'annual', argument } };
    }
  }
  if (journal === undefined) return { ok: false, problem: { kind: 'missingJournal', command: 'annual' } };
  if (year === undefined) return { ok: false, problem: { kind: 'missingYear' } };
  if (out === undefined) return { ok: false, problem: { kind: 'missingAnnualOut' } };
  return { ok: true, command: { name: 'annual', journal, year: Number(year), out } };
}
