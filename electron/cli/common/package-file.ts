// A package file given to the command line (verify, editions): recognised by its ZIP
// signature or its .zip extension, read whole (under the size limit) and verified by
// the same function as the application's (shared/package/verify.ts).
import { open, readFile, stat } from 'node:fs/promises';
import { appError } from '../../../shared/errors';
import { PACKAGE_LIMITS } from '../../../shared/package/limits';
import { verifyPackage, type PackageVerdict } from '../../../shared/package/verify';
import { err } from '../../../shared/result';
import { errorCode } from './io';
import { UnreadableJournalError } from '../../files/read-journal';

const ZIP_SIGNATURES = ['PK\u0003\u0004', 'PK\u0005\u0006'];

/** A .zip, or any file that starts like one: a journal never does (its lines start with "{"). */
export async function isPackageFile(path: string): Promise<boolean> {
  if (path.toLowerCase().endsWith('.zip')) return true;
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(4);
      await handle.read(head, 0, 4, 0);
      return ZIP_SIGNATURES.includes(head.toString('latin1'));
    } finally {
      await handle.close();
    }
  } catch {
    return false; // unreadable: the journal reader says why
  }
}

export async function readPackageFile(path: string): Promise<PackageVerdict> {
  try {
    if ((await stat(path)).size > PACKAGE_LIMITS.maxPackageBytes)
      return err(appError('package.tooLarge', undefined, { max: String(PACKAGE_LIMITS.maxPackageBytes) }));
    return verifyPackage(await readFile(path));
  } catch (error) {
    throw new UnreadableJournalError(path, errorCode(error));
  }
}
