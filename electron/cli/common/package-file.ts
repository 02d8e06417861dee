// A package file given to the command line (verify, editions): recognised by its ZIP or
// age signature or its .zip or .zip.age extension, read whole (under the size limit),
// opened with its passphrase when sealed (docs/package-format.md § 9) and verified by the
// same function as the application's (shared/package/verify.ts).
import { readFile, stat } from 'node:fs/promises';
import { appError } from '../../../shared/errors';
import { PACKAGE_LIMITS } from '../../../shared/package/limits';
import { verifyPackage, type PackageVerdict } from '../../../shared/package/verify';
import { isSealedPackage, openSealedPackage } from '../../../shared/package/sealed-package';
import { err } from '../../../shared/result';
import { errorCode, type CliIo } from './io';
import { UnreadableJournalError } from '../../files/read-journal';

export { isPackageFile } from './package-signature';

/** The refusals that say nothing of the package itself, only of the passphrase: a usage problem. */
export const PASSPHRASE_PROBLEMS: ReadonlySet<string> = new Set(['package.passphraseNeeded', 'package.passphraseMalformed', 'package.wrongPassphrase']);

/**
 * Reads and verifies a package; a sealed one is opened first with `passphrase` (the
 * --phrase option) or, without it, with the passphrase asked on the terminal.
 */
export async function readPackageFile(path: string, io: Pick<CliIo, 'askSecret'>, passphrase?: string): Promise<PackageVerdict> {
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > PACKAGE_LIMITS.maxPackageBytes)
      return err(appError('package.tooLarge', undefined, { max: String(PACKAGE_LIMITS.maxPackageBytes) }));
    bytes = await readFile(path);
  } catch (error) {
    throw new UnreadableJournalError(path, errorCode(error));
  }
  if (!isSealedPackage(bytes)) return verifyPackage(bytes);
  const typed = passphrase ?? (await io.askSecret?.('Phrase de passe du dossier (imprimée sur sa fiche) : ')) ?? null;
  if (typed === null) return err(appError('package.passphraseNeeded', undefined, { fileName: path }));
  const opened = await openSealedPackage(bytes, typed);
  return opened.ok ? verifyPackage(opened.value) : opened;
}
