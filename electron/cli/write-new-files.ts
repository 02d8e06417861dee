// Writes a set of new files, all or none: never over an existing file ('wx' fails rather
// than replace one that appeared since the caller checked), and on any failure the files
// this run wrote are taken back, with the folder if this run created it.
import { rmdir, unlink, writeFile } from 'node:fs/promises';
import { errorCode } from './io';

export type WriteOutcome = { ok: true } | { ok: false; path: string; code: string };

export async function writeNewFiles(files: readonly { path: string; bytes: Uint8Array }[], createdFolder: string | null): Promise<WriteOutcome> {
  const written: string[] = [];
  for (const { path, bytes } of files) {
    try {
      await writeFile(path, bytes, { flag: 'wx' });
      written.push(path);
    } catch (error) {
      const code = errorCode(error);
      // A file half written by this run is ours to take back; one that appeared meanwhile is not.
      if (code !== 'EEXIST') written.push(path);
      await Promise.all(written.map((own) => unlink(own).catch(() => undefined)));
      if (createdFolder !== null) await rmdir(createdFolder).catch(() => undefined);
      return { ok: false, path, code };
    }
  }
  return { ok: true };
}
