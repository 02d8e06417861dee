// The command line read as the process reads it, for the tests of each command's words.
import { readCommandLine } from '../../../electron/cli/read-command-line';
import { plain } from './journal-files';

/** The French reason these words are refused, with the help printed after it. */
export function refusal(argv: readonly string[]): { problem: string; help: string } {
  const line = readCommandLine(argv);
  if (line.ok) throw new Error(`accepté : ${JSON.stringify(line)}`);
  return { problem: plain(line.problem), help: plain(line.help) };
}
