// A file copied once to a folder of the reserve medium (editions, yearly archives): never
// over another file; false when the medium is absent, fails, or holds other bytes under
// that name — the original stands, and a later synchronisation copies it. Encrypted
// (`<name>.age`) when the reserve is.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadLocalKey } from '../sealing/key-store';
import { copyToMedium } from '../sealing/sealed-copy';
import { reachableReserveFolder } from './reserve-folder';

export async function copyToReserve(dataFolder: string, folderIn: (reserveFolder: string) => string, fileName: string, bytes: Uint8Array): Promise<boolean> {
  const reserve = await reachableReserveFolder(dataFolder);
  if (!reserve.ok) return false;
  try {
    const folder = folderIn(reserve.value);
    await mkdir(folder, { recursive: true });
    // Sealed for the reserve's recipient when this PC encrypts the reserve (decision 0043).
    return (await copyToMedium(join(folder, fileName), bytes, await loadLocalKey(dataFolder))) !== 'different';
  } catch {
    return false; // the medium went away while being written
  }
}
