// A file copied once to a folder of the reserve medium (editions, yearly archives): never
// over another file; false when the medium is absent, fails, or holds other bytes under
// that name — the original stands, and a later synchronisation copies it.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { copyOnce } from '../files/write-once';
import { reachableReserveFolder } from './reserve-folder';

export async function copyToReserve(dataFolder: string, folderIn: (reserveFolder: string) => string, fileName: string, bytes: Uint8Array): Promise<boolean> {
  const reserve = await reachableReserveFolder(dataFolder);
  if (!reserve.ok) return false;
  try {
    const folder = folderIn(reserve.value);
    await mkdir(folder, { recursive: true });
    return (await copyOnce(join(folder, fileName), bytes)) !== 'different';
  } catch {
    return false; // the medium went away while being written
  }
}
