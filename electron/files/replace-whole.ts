// A small file the app rewrites (its settings, the reserve medium's identity card) is
// replaced whole or not at all: the new content is written under a name of its own,
// flushed and read back, then renamed over the old one in one step. A crash leaves the
// old file or the new one, never half of either.
import { randomUUID } from 'node:crypto';
import { rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncFolder, writeExclusive } from './write-once';

export async function replaceWhole(path: string, bytes: Uint8Array): Promise<void> {
  // A name of its own: two writers never share a temporary file.
  const temporary = `${path}.${randomUUID()}.tmp`;
  await writeExclusive(temporary, bytes);
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}
