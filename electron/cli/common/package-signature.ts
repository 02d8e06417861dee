// Whether a file given to the command line is a package (.zip, or .zip.age sealed) rather
// than a journal: by its extension or its first bytes. Apart from the reading of packages
// (package-file.ts), which loads the ZIP and schema libraries: `verify` of a journal
// does not pay for loading them at start-up.
import { open } from 'node:fs/promises';

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
