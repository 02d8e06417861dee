// The other files a re-keying seals again (decision 0047): the editions and yearly
// archives copied to the reserve as age files (decision 0043), in `<registre>.editions/`
// and `<registre>.archives/`. Each `<nom>.age` gets its new version beside it,
// `<nom>.age.rechiffrement`, read back and opened with the new key to the very bytes the
// old key opened; the switch then renames each over the old one (one step each), so that
// an interruption leaves, for every file, the old version or the new one, and a resumed
// switch finishes the renames.
import { readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import { createOnce, readIfPresent, syncFolder } from '../files/write-once';
import type { StoredKey } from './key-store';
import { SEALED_FILE_SUFFIX } from './sealed-copy';

const NEW_VERSION_SUFFIX = '.rechiffrement';

function copyFolders(folder: string, registerId: string): string[] {
  return [join(folder, `${registerId}.editions`), join(folder, `${registerId}.archives`)];
}

async function namesIn(folder: string): Promise<string[]> {
  return readdir(folder).catch(() => []);
}

async function open(sealed: Uint8Array, identity: string): Promise<Buffer | null> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  try {
    return Buffer.from(await decrypter.decrypt(sealed));
  } catch {
    return null;
  }
}

/** Writes the new version of every sealed copy that has none yet that opens right. */
export async function sealCopiesAgain(folder: string, registerId: string, oldKey: StoredKey, newKey: StoredKey): Promise<void> {
  for (const copies of copyFolders(folder, registerId)) {
    for (const name of (await namesIn(copies)).filter((file) => file.endsWith(SEALED_FILE_SUFFIX))) {
      const current = await readIfPresent(join(copies, name));
      const clear = current === null ? null : await open(current, oldKey.identity);
      // Already sealed to the new key (a copy made after an earlier switch step), or not one of ours: left as it is.
      if (clear === null) continue;
      const target = join(copies, `${name}${NEW_VERSION_SUFFIX}`);
      const earlier = await readIfPresent(target);
      if (earlier !== null && (await open(earlier, newKey.identity))?.equals(clear)) continue;
      if (earlier !== null) throw new Error(`Version rechiffrée de ${name} différente de l’original : laissée telle quelle`);
      const encrypter = new Encrypter();
      encrypter.addRecipient(newKey.recipient);
      const written = await createOnce(target, await encrypter.encrypt(clear));
      const onMedium = written.state === 'written' ? written.onDisk : await readIfPresent(target);
      if (onMedium === null || !(await open(onMedium, newKey.identity))?.equals(clear))
        throw new Error(`Version rechiffrée de ${name} illisible ou différente sur le support`);
    }
  }
}

/** Puts every new version in place of the old one; run again after an interruption, it finishes the rest. */
export async function switchCopies(folder: string, registerId: string): Promise<void> {
  for (const copies of copyFolders(folder, registerId)) {
    const fresh = (await namesIn(copies)).filter((file) => file.endsWith(`${SEALED_FILE_SUFFIX}${NEW_VERSION_SUFFIX}`));
    for (const name of fresh) await rename(join(copies, name), join(copies, name.slice(0, -NEW_VERSION_SUFFIX.length)));
    if (fresh.length > 0) await syncFolder(copies);
  }
}
