// A file copied to the reserve medium (an edition, a yearly archive) when the reserve is
// encrypted (decision 0043): one age file for the reserve's recipient, `<name>.age`,
// never over another, read back and opened before it counts as copied. Editions carry
// patient names; on the medium they are as sealed as the journal.
import { Decrypter, Encrypter } from 'age-encryption';
import { copyOnce, createOnce, readIfPresent, type CopyOnce } from '../files/write-once';
import type { StoredKey } from './key-store';

export const SEALED_FILE_SUFFIX = '.age';

async function open(sealed: Uint8Array, identity: string): Promise<Buffer | null> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  try {
    return Buffer.from(await decrypter.decrypt(sealed));
  } catch {
    return null; // another key's file, or altered: not this copy
  }
}

/** Copies once, sealed when the reserve is encrypted; the same answers as copyOnce. */
export async function copyToMedium(path: string, bytes: Uint8Array, key: StoredKey | null): Promise<CopyOnce> {
  if (key === null) return copyOnce(path, bytes);
  const target = `${path}${SEALED_FILE_SUFFIX}`;
  const existing = await readIfPresent(target);
  if (existing !== null) return (await open(existing, key.identity))?.equals(bytes) ? 'alreadyThere' : 'different';
  const encrypter = new Encrypter();
  encrypter.addRecipient(key.recipient);
  const created = await createOnce(target, await encrypter.encrypt(bytes));
  // What is on the medium must open to the very bytes: a medium that keeps other bytes is refused.
  const onMedium = created.state === 'written' ? created.onDisk : await readIfPresent(target);
  const opened = onMedium === null ? null : await open(onMedium, key.identity);
  if (opened === null || !opened.equals(bytes)) throw new Error(`Copie chiffrée illisible ou différente sur le support (${target})`);
  return created.state === 'written' ? 'copied' : 'alreadyThere';
}

/** A copy on the medium: the sealed one opened with the key, else a clear one of an earlier version. */
export async function readFromMedium(path: string, key: StoredKey | null): Promise<Buffer | null> {
  if (key !== null) {
    const sealed = await readIfPresent(`${path}${SEALED_FILE_SUFFIX}`);
    if (sealed !== null) return open(sealed, key.identity);
  }
  return readIfPresent(path);
}
