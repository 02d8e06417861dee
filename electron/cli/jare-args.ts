// jare <journal> --year YYYY --out <copy.xlsx> [--template <ansm.xlsx>] [--matches <matches.json>],
// options in any order, each once, as `--name value` or `--name=value`.
import type { ParsedArgs } from './args';

export interface JareCommand {
  name: 'jare';
  journal: string;
  year: number;
  out: string;
  template?: string;
  matches?: string;
}

export const JARE_OPTIONS = ['--year', '--out', '--template', '--matches'] as const;
export type JareOption = (typeof JARE_OPTIONS)[number];

export type JareUsageProblem = { kind: 'jareMissingOption'; option: JareOption } | { kind: 'jareBadYear'; value: string } | { kind: 'jareOutNotXlsx'; value: string } | { kind: 'jareMatchesWithoutTemplate' };

export function parseJare(rest: readonly string[]): ParsedArgs {
  let journal: string | undefined;
  const values: Partial<Record<JareOption, string>> = {};
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index]!;
    const option = JARE_OPTIONS.find((name) => values[name] === undefined && (argument === name || argument.startsWith(`${name}=`)));
    if (option) {
      const value = argument === option ? rest[(index += 1)] : argument.slice(option.length + 1);
      if (value === undefined || value === '' || value.startsWith('--')) return { ok: false, problem: { kind: 'jareMissingOption', option } };
      values[option] = value;
    } else if (journal === undefined && !argument.startsWith('-')) {
      journal = argument;
    } else {
      return { ok: false, problem: { kind: 'unexpectedArgument', command: 'jare', argument } };
    }
  }
  if (journal === undefined) return { ok: false, problem: { kind: 'missingJournal', command: 'jare' } };
  const { '--year': year, '--out': out, '--template': template, '--matches': matches } = values;
  if (year === undefined) return { ok: false, problem: { kind: 'jareMissingOption', option: '--year' } };
  if (!/^\d{4}$/.test(year)) return { ok: false, problem: { kind: 'jareBadYear', value: year } };
  if (out === undefined) return { ok: false, problem: { kind: 'jareMissingOption', option: '--out' } };
  if (!/\.xlsx$/i.test(out)) return { ok: false, problem: { kind: 'jareOutNotXlsx', value: out } };
  if (matches !== undefined && template === undefined) return { ok: false, problem: { kind: 'jareMatchesWithoutTemplate' } };
  return {
    ok: true,
    command: { name: 'jare', journal, year: Number(year), out, ...(template === undefined ? {} : { template }), ...(matches === undefined ? {} : { matches }) },
  };
}
