// verify <journal | package>: re-checks every link of the chain and prints a summary; a
// package (.zip) is verified whole, as the application verifies it on the buyer's side.
import { EXIT_BROKEN, EXIT_OK, type CliIo, type ExitCode } from '../../common/io';
import { journalBreak, packageRefused } from '../../common/messages';
import { packageSummary, verifySummary } from './messages';
import { isPackageFile, readPackageFile } from '../../common/package-file';
import { readJournal } from '../../../files/read-journal';

export async function verifyCommand(journal: string, io: CliIo): Promise<ExitCode> {
  if (await isPackageFile(journal)) {
    const verdict = await readPackageFile(journal);
    if (!verdict.ok) {
      io.err(packageRefused(journal, verdict.error));
      return EXIT_BROKEN;
    }
    io.out(packageSummary(journal, verdict.value));
    return EXIT_OK;
  }
  const verdict = await readJournal(journal);
  if (!verdict.ok) {
    io.err(journalBreak(journal, verdict));
    return EXIT_BROKEN;
  }
  io.out(verifySummary(journal, verdict));
  return EXIT_OK;
}
