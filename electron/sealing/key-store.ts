// Where the reserve's key lives (decision 0041). On the PC, in the app's own data folder:
// the identity in clear (the register itself is there in clear, in the database) and the
// identity sealed with the recovery code. On the reserve medium: only the sealed one,
// `cle-de-reserve.age`, which the recovery code opens on a new PC, with or without the app.
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { identityToRecipient } from 'age-encryption';
import { replaceWhole } from '../files/replace-whole';
import { copyOnce, readIfPresent, type CopyOnce } from '../files/write-once';
import type { ReserveKeyPair } from './reserve-key';

/** The sealed identity, on the medium and in the data folder: an ordinary age file. */
export const SEALED_KEY_FILE = 'cle-de-reserve.age';
/** The identity in clear, in the data folder only: never written outside it. */
const LOCAL_IDENTITY_FILE = 'cle-de-reserve-identite.txt';

export interface StoredKey extends ReserveKeyPair {
  sealedIdentity: Uint8Array;
}

/**
 * Keeps the key on this PC. The sealed copy first, the identity last: the identity's
 * presence is what turns encryption on, and it never comes without its sealed copy.
 */
export async function saveLocalKey(dataFolder: string, identity: string, sealedIdentity: Uint8Array): Promise<void> {
  await mkdir(dataFolder, { recursive: true });
  await replaceWhole(join(dataFolder, SEALED_KEY_FILE), sealedIdentity);
  await replaceWhole(join(dataFolder, LOCAL_IDENTITY_FILE), Buffer.from(`${identity}\n`, 'utf8'));
}

/** The key kept on this PC; null when the reserve of this PC is not encrypted (or not yet opened here). */
export async function loadLocalKey(dataFolder: string): Promise<StoredKey | null> {
  const [identityBytes, sealedIdentity] = await Promise.all([
    readIfPresent(join(dataFolder, LOCAL_IDENTITY_FILE)),
    readIfPresent(join(dataFolder, SEALED_KEY_FILE)),
  ]);
  if (identityBytes === null || sealedIdentity === null) return null;
  const identity = identityBytes.toString('utf8').trim();
  return { identity, recipient: await identityToRecipient(identity), sealedIdentity };
}

/** A new key waiting for a re-keying of the reserve (decision 0047): in the data folder only, beside the current one. */
const PENDING_SEALED_FILE = 'cle-de-reserve-nouvelle.age';
const PENDING_IDENTITY_FILE = 'cle-de-reserve-nouvelle-identite.txt';

export async function savePendingKey(dataFolder: string, identity: string, sealedIdentity: Uint8Array): Promise<void> {
  await mkdir(dataFolder, { recursive: true });
  await replaceWhole(join(dataFolder, PENDING_SEALED_FILE), sealedIdentity);
  await replaceWhole(join(dataFolder, PENDING_IDENTITY_FILE), Buffer.from(`${identity}\n`, 'utf8'));
}

export async function loadPendingKey(dataFolder: string): Promise<StoredKey | null> {
  const [identityBytes, sealedIdentity] = await Promise.all([
    readIfPresent(join(dataFolder, PENDING_IDENTITY_FILE)),
    readIfPresent(join(dataFolder, PENDING_SEALED_FILE)),
  ]);
  if (identityBytes === null || sealedIdentity === null) return null;
  const identity = identityBytes.toString('utf8').trim();
  return { identity, recipient: await identityToRecipient(identity), sealedIdentity };
}

export async function forgetPendingKey(dataFolder: string): Promise<void> {
  await unlink(join(dataFolder, PENDING_IDENTITY_FILE)).catch(() => undefined);
  await unlink(join(dataFolder, PENDING_SEALED_FILE)).catch(() => undefined);
}

/** Forgets the key on this PC (a re-keying that was abandoned); the medium's copy is untouched. */
export async function forgetLocalKey(dataFolder: string): Promise<void> {
  await unlink(join(dataFolder, LOCAL_IDENTITY_FILE)).catch(() => undefined);
}

/** The sealed identity on the medium; null when the medium holds none. */
export function readMediumKey(folder: string): Promise<Buffer | null> {
  return readIfPresent(join(folder, SEALED_KEY_FILE));
}

/** Puts the sealed identity on the medium, never over another key ('different'). */
export function placeKeyOnMedium(folder: string, sealedIdentity: Uint8Array): Promise<CopyOnce> {
  return copyOnce(join(folder, SEALED_KEY_FILE), sealedIdentity);
}
