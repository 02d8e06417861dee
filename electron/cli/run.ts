// Runs the command line: reads it against the command table, then runs the command and
// turns its outcome into an exit code.
import { EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode } from './common/io';
import { usageProblem } from './common/command-line-messages';
import { unreadableJournal } from './common/messages';
import { entryNamed, readCommandLine } from './read-command-line';
import { UnreadableJournalError } from '../files/read-journal';

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const line = readCommandLine(argv);
  if (!line.ok) {
    io.err(usageProblem(line.problem, line.help));
    return EXIT_USAGE;
  }
  if ('help' in line) {
    io.out(line.help);
    return EXIT_OK;
  }
  const { name, ...args } = line.command;
  try {
    return await entryNamed(name)!.run(args, io);
  } catch (error) {
    if (error instanceof UnreadableJournalError) {
      io.err(unreadableJournal(error.path, error.code));
      return EXIT_USAGE;
    }
    throw error;
  }
}
