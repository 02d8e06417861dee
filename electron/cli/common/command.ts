// One entry of the command table (commands.ts): what the help says of a command, the
// options `node:util` parseArgs reads for it, the checks of their values, and how it
// runs. The usage line is made from the declaration, so the help cannot forget an
// option, and a command cannot exist without being in the help.
import type { CliIo, ExitCode } from './io';

export interface StringOption {
  /** The value as the help shows it: AAAA-MM-JJ, <dossier>… */
  value: string;
  /** What the option expects, in French: said when its value, or the option itself when required, is missing. */
  expects: string;
  required?: true;
}

/** What parseArgs read, before the command's own checks: the one path, and each option's value once. */
export interface GivenArguments {
  path: string;
  options: Partial<Record<string, string>>;
}

export type ArgumentsRead<Args> = { ok: true; args: Args } | { ok: false; problem: string };

export interface CommandSpec<Args> {
  name: string;
  /** One line, in French, for the list of commands. */
  summary: string;
  /** The one path every command takes first: <journal>, <fichier.csv>. */
  path: { value: string; expects: string };
  /** In the order the usage line shows them. */
  options: Readonly<Record<string, StringOption>>;
  /** What `help <command>` adds under the summary: details and exit codes. */
  details: readonly string[];
  /** The checks of the values given (dates, years, names), in French; the arguments of `run` otherwise. */
  read(given: GivenArguments): ArgumentsRead<Args>;
  /** Loads the command's code only when it runs: the help and `verify` start without the PDF and workbook libraries. */
  run(args: Args, io: CliIo): Promise<ExitCode>;
}

/** An entry with its arguments' type hidden, so that entries of every command sit in one table. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  readonly path: CommandSpec<unknown>['path'];
  readonly options: CommandSpec<unknown>['options'];
  readonly details: readonly string[];
  read(given: GivenArguments): ArgumentsRead<object>;
  run(args: object, io: CliIo): Promise<ExitCode>;
}

export function defineCommand<Args extends object>(spec: CommandSpec<Args>): CommandEntry {
  return spec as unknown as CommandEntry;
}

/** "stock <journal> [--at AAAA-MM-JJ]": the name, the path, then each option, bracketed when optional. */
export function usageLine(entry: Pick<CommandEntry, 'name' | 'path' | 'options'>): string {
  const options = Object.entries(entry.options).map(([name, option]) => (option.required ? `--${name} ${option.value}` : `[--${name} ${option.value}]`));
  return [entry.name, entry.path.value, ...options].join(' ');
}
