// Writes a set of new files, all or none: never over an existing file, and on any failure
// the files this run wrote are taken back, with the folder if this run created it.
// A command killed part-way (crash, power cut, Ctrl-C at the wrong instant) must never
// leave a half-written file under its final name, where it would pass for a complete
// edition and block a rerun ("ne remplace jamais un fichier"). So every file is first
// written whole under a hidden temporary name, flushed to the device and read back
// (write-once.ts), and only then given its name; a kill leaves at most hidden
// `.…partiel` files, which no one takes for output.
import { randomUUID } from 'node:crypto';
import { link, rename, rmdir, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './file-errors';
import { syncFolder, writeExclusive } from './write-once';

export type WriteOutcome = { ok: true } | { ok: false; path: string; code: string };

/** Beside its final name, on the same file system, so that naming it is one atomic step. */
export function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomUUID().slice(0, 8)}.partiel`);
}

/**
 * Gives a complete file its final name without ever replacing one: a hard link fails
 * with EEXIST if the name is taken. Where the file system has no hard links (FAT or
 * exFAT keys), the name is checked then the file renamed.
 */
export async function publish(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
    await unlink(temporary);
    return;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST' || !['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP', 'EXDEV'].includes(code)) throw error;
  }
  if (
    await stat(path).then(
      () => true,
      () => false,
    )
  )
    throw Object.assign(new Error(`${path} existe déjà`), { code: 'EEXIST' });
  await rename(temporary, path);
}

export async function writeNewFiles(files: readonly { path: string; bytes: Uint8Array }[], createdFolder: string | null): Promise<WriteOutcome> {
  const staged = files.map(({ path, bytes }) => ({ path, bytes, temporary: temporaryName(path) }));
  const toRemove: string[] = [];
  const published: string[] = [];
  let failedPath = '';
  try {
    for (const { path, bytes, temporary } of staged) {
      failedPath = path;
      toRemove.push(temporary);
      await writeExclusive(temporary, bytes);
    }
    for (const { path, temporary } of staged) {
      failedPath = path;
      await publish(temporary, path);
      published.push(path);
    }
    // The names themselves survive a power cut once their folders are flushed.
    for (const folder of new Set(staged.map(({ path }) => dirname(path)))) await syncFolder(folder);
    return { ok: true };
  } catch (error) {
    // Only what this run wrote is taken back: a file that appeared meanwhile is not ours.
    await Promise.all([...toRemove, ...published].map((own) => unlink(own).catch(() => undefined)));
    if (createdFolder !== null) await rmdir(createdFolder).catch(() => undefined);
    return { ok: false, path: failedPath, code: errorCode(error) };
  }
}
