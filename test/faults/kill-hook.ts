// Preloaded into a child process (`node --import tsx --import <this file> …`) to SIGKILL
// it at an exact step of a write, which no outside observer can hit reliably (a write of
// a few megabytes takes a millisecond). The kill is real: no `finally`, no exit handler,
// no rollback runs. The bytes written before it really reach the file and are flushed.
//   KILL_UNDER   only this file, or the files in this folder, count
//   KILL_WHEN    'mid-write': write the first half of the Nth write's bytes, fsync, die
//                'after-fsync': let the Nth write and its fsync finish, then die before
//                anything else (the read-back, the acknowledgement, the rename)
//   KILL_NTH     which write (1 by default)
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const under = resolve(process.env.KILL_UNDER ?? '/nonexistent');
const when = process.env.KILL_WHEN === 'after-fsync' ? 'after-fsync' : 'mid-write';
const nth = Number(process.env.KILL_NTH ?? '1');
let writes = 0;
let dueAtSync: fs.FileHandle | null = null;

type Data = string | Uint8Array;
const bytesOf = (data: Data): Buffer => (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));
const watched = (path: unknown): boolean => typeof path === 'string' && (resolve(path) === under || resolve(path).startsWith(under + sep));
const die = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
};

const probe = await fs.open(process.execPath, 'r');
const FileHandle = Object.getPrototypeOf(probe) as fs.FileHandle;
await probe.close();
const original = {
  open: fs.open,
  writeFile: fs.writeFile,
  handleWrite: FileHandle.write,
  handleWriteFile: FileHandle.writeFile,
  handleAppendFile: FileHandle.appendFile,
  sync: FileHandle.sync,
};
const paths = new WeakMap<fs.FileHandle, string>();

/** Counts a write to a watched file; in 'mid-write' mode the Nth one is cut in half and the process dies. */
async function onWrite(handle: fs.FileHandle, data: Data, whole: () => Promise<unknown>): Promise<unknown> {
  if (!watched(paths.get(handle))) return whole();
  writes += 1;
  if (writes !== nth) return whole();
  if (when === 'after-fsync') {
    dueAtSync = handle;
    return whole();
  }
  const bytes = bytesOf(data);
  await (original.handleWrite as (this: fs.FileHandle, data: Uint8Array) => Promise<unknown>).call(
    handle,
    bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))),
  );
  await original.sync.call(handle);
  return die();
}

fs.open = (async (path: Parameters<typeof fs.open>[0], ...rest: unknown[]) => {
  const handle = await (original.open as (...args: unknown[]) => Promise<fs.FileHandle>)(path, ...rest);
  if (typeof path === 'string') paths.set(handle, path);
  return handle;
}) as typeof fs.open;
fs.writeFile = (async (path: unknown, data: Data, options?: { flag?: string } | string) => {
  if (!watched(path)) return (original.writeFile as (...args: unknown[]) => Promise<void>)(path, data, options);
  // Through a handle, so that it is counted and cut like any other write.
  const handle = await fs.open(path as string, typeof options === 'object' && options.flag ? options.flag : 'w');
  try {
    await handle.writeFile(data);
    if (when === 'after-fsync') await handle.sync();
  } finally {
    await handle.close();
  }
}) as typeof fs.writeFile;
FileHandle.writeFile = function (this: fs.FileHandle, data: Data, ...rest: unknown[]) {
  return onWrite(this, data, () => (original.handleWriteFile as (...args: unknown[]) => Promise<void>).call(this, data, ...rest));
} as typeof FileHandle.writeFile;
FileHandle.appendFile = function (this: fs.FileHandle, data: Data, ...rest: unknown[]) {
  return onWrite(this, data, () => (original.handleAppendFile as (...args: unknown[]) => Promise<void>).call(this, data, ...rest));
} as typeof FileHandle.appendFile;
FileHandle.sync = async function (this: fs.FileHandle) {
  await original.sync.call(this);
  if (dueAtSync === this) die();
};
// The synchronous calls (a writer that batches its lines with writeSync, as the import
// does) are watched the same way: the file descriptor stands for the handle.
const syncPaths = new Map<number, string>();
let dueAtFsync: number | null = null;
const originalSync = { openSync: fsSync.openSync, writeSync: fsSync.writeSync, fsyncSync: fsSync.fsyncSync };
fsSync.openSync = ((path: Parameters<typeof fsSync.openSync>[0], ...rest: unknown[]) => {
  const fd = (originalSync.openSync as (...args: unknown[]) => number)(path, ...rest);
  if (typeof path === 'string') syncPaths.set(fd, path);
  return fd;
}) as typeof fsSync.openSync;
fsSync.writeSync = ((fd: number, data: Data, ...rest: unknown[]) => {
  const write = () => (originalSync.writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
  if (!watched(syncPaths.get(fd))) return write();
  writes += 1;
  if (writes !== nth) return write();
  if (when === 'after-fsync') {
    dueAtFsync = fd;
    return write();
  }
  const bytes = bytesOf(data);
  originalSync.writeSync(fd, bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))));
  originalSync.fsyncSync(fd);
  return die();
}) as typeof fsSync.writeSync;
fsSync.fsyncSync = ((fd: number) => {
  originalSync.fsyncSync(fd);
  if (dueAtFsync === fd) die();
}) as typeof fsSync.fsyncSync;
// Named imports of node:fs and node:fs/promises (import { open } from …) see the patched functions too.
syncBuiltinESMExports();
