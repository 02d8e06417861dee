// The register's signing keys on this workstation (docs/decisions/0044-clotures-signees.md):
// one file per key pair in `<data>/cles-de-signature/`, named by its public key, holding
// the private key as the system's store protected it (secret-box.ts), never in clear.
// A key file is created once and never written over: a key that signed a closure stays
// able to be named, even after a new one is recorded. Nothing here leaves this process
// but public keys and signatures.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { generateKeyPair, PUBLIC_KEY_PATTERN, publicKeyOf, signText } from '../../shared/signature/ed25519';
import { keyFingerprint } from '../../shared/signature/fingerprint';
import { createOnce, readIfPresent } from '../files/write-once';
import type { SecretBox } from './secret-box';

export const KEYS_FOLDER = 'cles-de-signature';

const keyFile = z.object({
  format: z.literal(1),
  registerId: z.string(),
  publicKey: z.string().regex(PUBLIC_KEY_PATTERN),
  createdAt: z.string(),
  /** The private key (hex) as the system's store protected it, in base64. */
  protectedKey: z.string(),
});

export interface SigningKeys {
  /** Makes a key pair for a register and keeps it; its public key. */
  create(registerId: string): Promise<Result<string, AppError>>;
  holds(publicKey: string): Promise<boolean>;
  sign(publicKey: string, message: string): Promise<Result<string, AppError>>;
}

export function createSigningKeys(dataFolder: string, box: SecretBox | null, now: () => Date): SigningKeys {
  const folder = join(dataFolder, KEYS_FOLDER);
  const pathOf = (publicKey: string) => join(folder, `${publicKey}.json`);

  /** The private key of a public key, when this workstation holds it and the system can open it. */
  async function secretOf(publicKey: string): Promise<Uint8Array | null> {
    if (!box || !PUBLIC_KEY_PATTERN.test(publicKey)) return null;
    const bytes = await readIfPresent(pathOf(publicKey));
    if (!bytes) return null;
    const parsed = keyFile.safeParse(parseJson(bytes.toString('utf8')));
    if (!parsed.success || parsed.data.publicKey !== publicKey) return null;
    try {
      const secret = hexToBytes(box.reveal(Buffer.from(parsed.data.protectedKey, 'base64')));
      // A file whose private key is not the one of its name is not this key.
      return publicKeyOf(secret) === publicKey ? secret : null;
    } catch {
      // Another user's or another machine's store: this workstation cannot sign with it.
      return null;
    }
  }

  return {
    async create(registerId) {
      if (!box?.available()) return err(appError('signature.storeUnavailable'));
      const pair = generateKeyPair();
      const record = {
        format: 1,
        registerId,
        publicKey: pair.publicKey,
        createdAt: now().toISOString(),
        protectedKey: Buffer.from(box.protect(bytesToHex(pair.secretKey))).toString('base64'),
      };
      await mkdir(folder, { recursive: true });
      await createOnce(pathOf(pair.publicKey), new TextEncoder().encode(`${JSON.stringify(record, null, 2)}\n`));
      return ok(pair.publicKey);
    },
    holds: async (publicKey) => (await secretOf(publicKey)) !== null,
    async sign(publicKey, message) {
      const secret = await secretOf(publicKey);
      if (!secret)
        return err(appError('signature.unknownKey', undefined, { fingerprint: PUBLIC_KEY_PATTERN.test(publicKey) ? keyFingerprint(publicKey) : '' }));
      return ok(signText(secret, message));
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The public keys this workstation keeps files for (a test reads the folder through this). */
export async function keptKeyFiles(dataFolder: string): Promise<string[]> {
  return (await readdir(join(dataFolder, KEYS_FOLDER)).catch(() => [])).sort();
}
