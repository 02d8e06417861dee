// verify <journal | package>: re-checks every link of the chain and prints a summary; a
// package (.zip, or .zip.age opened with its passphrase) is verified whole, as the
// application verifies it on the buyer's side; the reserve's encrypted journal is opened
// line by line with the key its recovery code unlocks.
import { EXIT_BROKEN, EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode } from '../../common/io';
import { journalBreak, packageRefused } from '../../common/messages';
import { packageSummary, passphraseNeeded, verifySummary } from './messages';
import { isPackageFile } from '../../common/package-signature';
import { verifyJournal } from '../../../files/verify-journal';
import { isSealedJournalFile, verifySealedJournalFile } from './sealed-journal';
import type { VerifyArgs } from './command';

export async function verifyCommand({ journal, phrase, code }: VerifyArgs, io: CliIo): Promise<ExitCode> {
  if (await isPackageFile(journal)) {
    // Loaded only for a package: a journal's verification starts without the ZIP and schema libraries.
    const { PASSPHRASE_PROBLEMS, readPackageFile } = await import('../../common/package-file');
    const verdict = await readPackageFile(journal, io, phrase);
    if (!verdict.ok) {
      if (verdict.error.code === 'package.passphraseNeeded') {
        io.err(passphraseNeeded(journal));
        return EXIT_USAGE;
      }
      io.err(packageRefused(journal, verdict.error));
      return PASSPHRASE_PROBLEMS.has(verdict.error.code) ? EXIT_USAGE : EXIT_BROKEN;
    }
    io.out(packageSummary(journal, verdict.value));
    return EXIT_OK;
  }
  if (isSealedJournalFile(journal)) return verifySealedJournalFile(journal, code, io);
  const verdict = await verifyJournal(journal);
  if (!verdict.ok) {
    io.err(journalBreak(journal, verdict));
    return EXIT_BROKEN;
  }
  io.out(verifySummary(journal, verdict));
  return EXIT_OK;
}
