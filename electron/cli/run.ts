// Dispatches the parsed command line to its command and turns failures into exit codes.
import { missingCaseError } from '../../shared/result';
import { annualCommand } from './annual';
import { parseArgs } from './args';
import { editionsCommand } from './editions';
import { importCommand } from './import';
import { jareCommand } from './jare';
import { EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode } from './io';
import { unreadableJournal, usage, usageProblem } from './messages';
import { UnreadableJournalError } from './read-journal';
import { stockCommand } from './stock';
import { verifyCommand } from './verify';

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(usageProblem(parsed.problem));
    return EXIT_USAGE;
  }
  const { command } = parsed;
  try {
    switch (command.name) {
      case 'help':
        io.out(usage());
        return EXIT_OK;
      case 'verify':
        return await verifyCommand(command.journal, io);
      case 'stock':
        return await stockCommand(command.journal, command.at, io);
      case 'import':
        return await importCommand(command.csv, command.out, io);
      case 'editions':
        return await editionsCommand(command, io);
      case 'annual':
        return await annualCommand(command, io);
      case 'jare':
        return await jareCommand(command, io);
      default:
        throw missingCaseError(command);
    }
  } catch (error) {
    if (error instanceof UnreadableJournalError) {
      io.err(unreadableJournal(error.path, error.code));
      return EXIT_USAGE;
    }
    throw error;
  }
}
