// A hand-over or deposit package sealed with a passphrase (docs/package-format.md § 9):
// the ZIP, whole, inside one ordinary age file (age-encryption.org/v1, scrypt stanza),
// so that the standard `age` tool opens it with the same passphrase, and so that the
// application, the command line and the offline verifier page open it with this code.
// The passphrase has the recovery code's shape: 25 characters of Crockford's alphabet,
// nothing to misread on paper, typed back by a person (decision 0046).
import { Decrypter, Encrypter } from 'age-encryption';
import { appError, type AppError } from '../errors';
import { normalizeRecoveryCode, recoveryCodeFrom } from '../encryption/recovery-code';
import { err, ok, type Result } from '../result';

/** The first line of every age file: a sealed package is recognised by it, before any passphrase. */
const AGE_HEADER = 'age-encryption.org/v1\n';
/** age's own default (2^18): about a second per try, for the buyer and for anyone guessing. */
export const PACKAGE_SCRYPT_WORK_FACTOR = 18;
/** The sealed file's name: the ZIP's, then `.age`, as the age tool names what it writes. */
export const SEALED_PACKAGE_SUFFIX = '.age';

export function isSealedPackage(bytes: Uint8Array): boolean {
  if (bytes.length < AGE_HEADER.length) return false;
  for (let index = 0; index < AGE_HEADER.length; index += 1) if (bytes[index] !== AGE_HEADER.charCodeAt(index)) return false;
  return true;
}

/** A new passphrase from 16 random bytes (125 bits), printed in five groups of five. */
export function packagePassphraseFrom(random: Uint8Array): string {
  return recoveryCodeFrom(random);
}

export async function sealPackage(zip: Uint8Array, passphrase: string, scryptWorkFactor = PACKAGE_SCRYPT_WORK_FACTOR): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(scryptWorkFactor);
  return encrypter.encrypt(zip);
}

/**
 * The ZIP inside a sealed package, from what a person typed. A passphrase that cannot be
 * one, one that does not open the file, and a file whose sealed content was cut or
 * altered (age authenticates every chunk) are each refused in French; nothing is
 * returned in part.
 */
export async function openSealedPackage(sealed: Uint8Array, typed: string): Promise<Result<Uint8Array, AppError>> {
  const passphrase = normalizeRecoveryCode(typed);
  if (passphrase === null) return err(appError('package.passphraseMalformed'));
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  try {
    return ok(await decrypter.decrypt(sealed));
  } catch (error) {
    // age says "no identity matched" when the passphrase does not open the file key;
    // anything else (a header or a payload chunk whose tag fails, a cut file) means the
    // file itself is damaged: the passphrase cannot be blamed for it.
    const wrong = error instanceof Error && /no identity matched/i.test(error.message);
    return err(appError(wrong ? 'package.wrongPassphrase' : 'package.sealedDamaged'));
  }
}
