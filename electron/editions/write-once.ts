// Files that are created once and never written over: an exclusive create (the call
// fails if the name exists), the bytes flushed to the device, then read back and
// compared before anyone is told they are there.
import { open, readFile, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}

/** The bytes of a file, or null when there is no such file. */
export async function readIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
}

/** Flushes a folder's entries, so that a new file's name survives a power cut. Not every system can (Windows cannot open a folder): best effort. */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The file itself is flushed; only the folder entry's flush is out of reach here.
  }
}

export type CreateOnce =
  /** The file did not exist: it holds these bytes now, flushed and read back. */
  | { state: 'written'; onDisk: Buffer }
  /** A file of that name was already there: it has not been touched. */
  | { state: 'exists' };

/**
 * Creates `path` with these bytes, never over an existing file. If anything fails after
 * the create (disk full, medium pulled out, different bytes read back), the file this
 * call created is removed, so no half-written file keeps the name, and the error is thrown.
 */
export async function createOnce(path: string, bytes: Uint8Array): Promise<CreateOnce> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return { state: 'exists' };
    throw error;
  }
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const onDisk = await readFile(path);
    if (!onDisk.equals(bytes)) throw new Error(`Relecture de ${path} différente de ce qui a été écrit`);
    await syncFolder(dirname(path));
    return { state: 'written', onDisk };
  } catch (error) {
    await unlink(path).catch(() => undefined);
    throw error;
  }
}

export type CopyOnce = 'copied' | 'alreadyThere' | 'different';

/**
 * Puts a copy of these bytes at `path` unless a file is already there. A file with the
 * same bytes is the copy already made; a file with other bytes is left as it is and
 * reported, never replaced.
 */
export async function copyOnce(path: string, bytes: Uint8Array): Promise<CopyOnce> {
  if ((await createOnce(path, bytes)).state === 'written') return 'copied';
  const existing = await readIfPresent(path);
  return existing?.equals(bytes) ? 'alreadyThere' : 'different';
}
