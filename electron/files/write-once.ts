// Files that are created once and never written over: an exclusive create (the call
// fails if the name exists), the bytes flushed to the device, then read back and
// compared before anyone is told they are there. The one way the app and the command
// line put a new file on a disk or a key.
import { open, readFile, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isErrno } from './file-errors';

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

/**
 * Fills a file just created (exclusively) through `handle`, flushes it to the device,
 * closes it, and reads it back: a key that acknowledges writes it never kept (a
 * counterfeit, a failing medium) is caught here rather than at the next reading.
 */
async function fillFlushAndReadBack(handle: FileHandle, path: string, bytes: Uint8Array): Promise<Buffer> {
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  const onDisk = await readFile(path);
  if (!onDisk.equals(bytes)) throw Object.assign(new Error(`Relecture de ${path} différente de ce qui a été écrit`), { code: 'EIO' });
  return onDisk;
}

/**
 * Creates `path` (throws EEXIST if the name is taken), writes, flushes and reads back.
 * On a failure after the create, the file is removed, so no half-written file keeps the
 * name. The folder entry is not flushed: the caller does it once the name is final.
 */
export async function writeExclusive(path: string, bytes: Uint8Array): Promise<Buffer> {
  const handle = await open(path, 'wx');
  try {
    return await fillFlushAndReadBack(handle, path, bytes);
  } catch (error) {
    await unlink(path).catch(() => undefined);
    throw error;
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
  let onDisk: Buffer;
  try {
    onDisk = await writeExclusive(path, bytes);
  } catch (error) {
    // Only the create itself can fail with EEXIST: a later failure is another code.
    if (isErrno(error, 'EEXIST')) return { state: 'exists' };
    throw error;
  }
  await syncFolder(dirname(path));
  return { state: 'written', onDisk };
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
