// Reads the words of the command line into a command of the table and its arguments,
// or the French reason they cannot be understood, with the help to show after it.
import { COMMANDS } from './commands';
import type { CommandEntry } from './common/command';
import { commandHelp, generalHelp, noCommand, optionProblem, unknownCommand } from './common/command-line-messages';
import { readOptions } from './common/read-options';

export type CommandLine =
  | { ok: true; command: { name: string } & object }
  /** `help`, `--help`, `-h`, or a command's `--help`: the text to print. */
  | { ok: true; help: string }
  | { ok: false; problem: string; help: string };

const HELP = new Set(['help', '--help', '-h']);

export function entryNamed(name: string, table: readonly CommandEntry[] = COMMANDS): CommandEntry | undefined {
  return table.find((entry) => entry.name === name);
}

export function readCommandLine(argv: readonly string[], table: readonly CommandEntry[] = COMMANDS): CommandLine {
  const [name, ...words] = argv;
  if (name === undefined) return { ok: false, problem: noCommand(table), help: generalHelp(table) };
  if (HELP.has(name)) {
    const [asked, ...more] = words;
    if (asked === undefined) return { ok: true, help: generalHelp(table) };
    const entry = entryNamed(asked, table);
    if (!entry) return { ok: false, problem: unknownCommand(asked, table), help: generalHelp(table) };
    if (more.length > 0) return { ok: false, problem: `Argument inattendu pour help : « ${more[0]} ».`, help: generalHelp(table) };
    return { ok: true, help: commandHelp(entry) };
  }
  const entry = entryNamed(name, table);
  if (!entry) return { ok: false, problem: unknownCommand(name, table), help: generalHelp(table) };

  const refused = (problem: string): CommandLine => ({ ok: false, problem, help: commandHelp(entry) });
  const read = readOptions(words, Object.keys(entry.options), 1);
  if (!read.ok) return refused(optionProblem(entry, read.problem));
  if (read.help) return { ok: true, help: commandHelp(entry) };
  const [path] = read.positionals;
  if (path === undefined) return refused(entry.path.expects);
  for (const [option, spec] of Object.entries(entry.options)) if (spec.required && read.values[option] === undefined) return refused(spec.expects);
  const args = entry.read({ path, options: read.values });
  if (!args.ok) return refused(args.problem);
  return { ok: true, command: { name: entry.name, ...args.args } };
}
