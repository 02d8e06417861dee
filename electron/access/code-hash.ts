// Personal codes are kept only as scrypt hashes (node:crypto), never as typed. scrypt is
// memory-hard: each guess costs 128 × N × r bytes of memory (here 32 Mio) and about a
// tenth of a second, so a stolen access file cannot be tried against every six-digit code
// on a graphics card the way a fast hash could. The parameters are stored with each hash,
// so that a later version can raise them without locking anyone out.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParameters {
  /** CPU and memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelisation. */
  p: number;
}

/** 2^15 × 8 × 128 bytes = 32 Mio per guess (OWASP's minimum for scrypt is N = 2^17 with r = 8, p = 1 for passwords; a six-digit code behind a growing wait is guarded by the wait first). */
export const CODE_SCRYPT: ScryptParameters = { N: 2 ** 15, r: 8, p: 1 };

export interface CodeHash {
  /** Hex of 16 random bytes. */
  salt: string;
  /** Hex of the 32-byte key scrypt derives. */
  hash: string;
  params: ScryptParameters;
}

const KEY_BYTES = 32;

function derive(code: string, salt: Buffer, params: ScryptParameters): Promise<Buffer> {
  // maxmem above what the parameters need (Node refuses beyond 32 Mio by default).
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(code.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashCode(code: string, params: ScryptParameters = CODE_SCRYPT): Promise<CodeHash> {
  const salt = randomBytes(16);
  return { salt: salt.toString('hex'), hash: (await derive(code, salt, params)).toString('hex'), params };
}

/** Compares in constant time: how long a wrong code takes does not tell how close it was. */
export async function codeMatches(code: string, stored: CodeHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'hex');
  const key = await derive(code, Buffer.from(stored.salt, 'hex'), stored.params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
