// A package file given to the command line (verify, editions): recognised by its ZIP or
// age signature or its .zip or .zip.age extension, read whole (under the size limit),
// opened with its passphrase when sealed (docs/package-format.md § 9) and verified by the
// same function as the application's (shared/package/verify.ts).
import { open, readFile, stat } from 'node:fs/promises';
import { appError } from '../../../shared/errors';
import { PACKAGE_LIMITS } from '../../../shared/package/limits';
import { verifyPackage, type PackageVerdict } from '../../../shared/package/verify';
import { isSealedPackage, openSealedPackage } from '../../../shared/package/sealed-package';
import { err } from '../../../shared/result';
import { errorCode, type CliIo } from './io';
import { UnreadableJournalError } from '../../files/read-journal';

const ZIP_SIGNATURES = ['PK\u0003\u0004', 'PK\u0005\u0006'];
const AGE_SIGNATURE = 'age-encryption.org/v1\n';

/**
 * A .zip or .zip.age, or any file that starts like one: a journal never does (its lines
 * start with "{"), nor the reserve's encrypted journal (its lines start with an order number).
 */
export async function isPackageFile(path: string): Promise<boolean> {
  if (/\.zip(\.age)?$/i.test(path)) return true;
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(AGE_SIGNATURE.length);
      await handle.read(head, 0, head.length, 0);
      return ZIP_SIGNATURES.includes(head.subarray(0, 4).toString('latin1')) || head.toString('latin1') === AGE_SIGNATURE;
    } finally {
      await handle.close();
    }
  } catch {
    return false; // unreadable: the journal reader says why
  }
}

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
