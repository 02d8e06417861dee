// The key of the encrypted reserve (decision 0041): an age X25519 identity, and the same
// identity sealed with the recovery code as an age passphrase (scrypt), so that the
// standard `age` tool opens it: `age -d -o identite.txt cle-de-reserve.age`.
import { randomBytes } from 'node:crypto';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { appError, type AppError } from '../../shared/errors';
import { normalizeRecoveryCode, recoveryCodeFrom } from '../../shared/encryption/recovery-code';
import { err, ok, type Result } from '../../shared/result';

/** What opens the reserve (the identity) and what writes to it (the recipient, public). */
export interface ReserveKeyPair {
  identity: string;
  recipient: string;
}

export interface NewReserveKey extends ReserveKeyPair {
  /** To print on the recovery sheet; never stored. */
  recoveryCode: string;
  /** The identity sealed with the recovery code: `cle-de-reserve.age`. */
  sealedIdentity: Uint8Array;
}

const IDENTITY_PREFIX = 'AGE-SECRET-KEY-1';
/** age's own default (2^18): about a second per try, for the key and for anyone guessing the code. */
export const SCRYPT_WORK_FACTOR = 18;

export interface KeyOptions {
  random?: () => Uint8Array;
  /** Lower only in tests, where a second per key would make the suite crawl. */
  scryptWorkFactor?: number;
}

/** A new X25519 key pair, without its recovery code. */
export async function createKeyPair(): Promise<ReserveKeyPair> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/** A new key pair and recovery code; the identity sealed with the code. */
export async function createReserveKey({ random = () => randomBytes(16), scryptWorkFactor = SCRYPT_WORK_FACTOR }: KeyOptions = {}): Promise<NewReserveKey> {
  const { identity, recipient } = await createKeyPair();
  const recoveryCode = recoveryCodeFrom(random());
  const encrypter = new Encrypter();
  encrypter.setPassphrase(recoveryCode);
  encrypter.setScryptWorkFactor(scryptWorkFactor);
  // The identity on a line of its own, as `age-keygen` writes it: the age tool reads it back with -i.
  const sealedIdentity = await encrypter.encrypt(`${identity}\n`);
  return { identity, recipient, recoveryCode, sealedIdentity };
}

/**
 * Opens `cle-de-reserve.age` with a typed recovery code. A code that cannot be one, or
 * that does not open the key, is refused in French; so is a key file that is not one.
 */
export async function unlockReserveKey(sealedIdentity: Uint8Array, typed: string): Promise<Result<ReserveKeyPair, AppError>> {
  const code = normalizeRecoveryCode(typed);
  if (code === null) return err(appError('sealing.codeMalformed'));
  const decrypter = new Decrypter();
  decrypter.addPassphrase(code);
  let text: string;
  try {
    text = await decrypter.decrypt(sealedIdentity, 'text');
  } catch (error) {
    // age says "no identity matched" when the passphrase does not open the file's scrypt
    // stanza. Anything else, such as "invalid tag" once the right code opened the header,
    // means the file itself is damaged: the holder must not be told their code is wrong.
    const wrong = error instanceof Error && /no identity matched/i.test(error.message);
    return err(appError(wrong ? 'sealing.wrongCode' : 'sealing.keyDamaged'));
  }
  const identity = text.trim();
  if (!identity.startsWith(IDENTITY_PREFIX)) return err(appError('sealing.keyDamaged'));
  try {
    return ok({ identity, recipient: await identityToRecipient(identity) });
  } catch {
    return err(appError('sealing.keyDamaged'));
  }
}
