// verify <journal>: re-checks every link of the chain and prints a summary.
import { EXIT_BROKEN, EXIT_OK, type CliIo, type ExitCode } from './io';
import { journalBreak, verifySummary } from './messages';
import { readJournal } from './read-journal';

export async function verifyCommand(journal: string, io: CliIo): Promise<ExitCode> {
  const verdict = await readJournal(journal);
  if (!verdict.ok) {
    io.err(journalBreak(journal, verdict));
    return EXIT_BROKEN;
  }
  io.out(verifySummary(journal, verdict));
  return EXIT_OK;
}
