// Real file systems for the fault tests: a size-limited tmpfs runs out of space (ENOSPC)
// in the middle of a write, and a remount makes it read-only (EROFS), as a full key or a
// write-protected one would. Needs root and a kernel that allows mounting; where it is
// refused, the caller says so in the test report instead of passing silently.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Mounts a tmpfs of `size` (e.g. '256k') on `dir`; the reason when the system refuses. */
export async function mountTmpfs(dir: string, size: string): Promise<{ mounted: true } | { mounted: false; reason: string }> {
  await mkdir(dir, { recursive: true });
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
    return { mounted: true };
  } catch (error) {
    return { mounted: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export async function remount(dir: string, mode: 'ro' | 'rw'): Promise<void> {
  await run('mount', ['-o', `remount,${mode}`, dir]);
}

export async function unmount(dir: string): Promise<void> {
  await run('umount', [dir]).catch(() => run('umount', ['-l', dir]));
}
