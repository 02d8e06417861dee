// What a crash leaves behind in the bundled server's folder, and how the next start gets
// past it. PostgreSQL writes `postmaster.pid` (its process number, its port…) and refuses
// to start while the process it names is alive. After the app was killed, either:
// - the server was killed too (power cut, SIGKILL of the whole session): the number names
//   nobody, and PostgreSQL itself takes the file as stale and starts (nothing to do here);
// - the server outlived the app (an orphan, still serving its data): it is asked to stop
//   cleanly, so that the new app owns the process it will stop at quit;
// - after a reboot the number was given to another program: that program is not our
//   server (it does not answer on the port as this folder's server), so the file is set
//   aside and PostgreSQL starts.
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

export interface LockFile {
  pid: number;
  port: number;
}

/** The first lines of postmaster.pid (PostgreSQL's miscadmin.h: pid, data folder, start time, port). */
export async function readLockFile(dataDir: string): Promise<LockFile | null> {
  let text: string;
  try {
    text = await readFile(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port: Number.isInteger(port) ? port : 0 } : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's process.
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a process to end; false if it still runs after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > until) return false;
    await sleep(100);
  }
  return true;
}

export type Probe = 'ours' | 'starting' | 'notOurs';

/** Whether the server answering on `port` is the one of `dataDir`, asked with the administrator's login. */
export async function probeServer(port: number, dataDir: string, admin: { user: string; password: string }): Promise<Probe> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: admin.user, password: admin.password, database: 'postgres', connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ folder: string }>("SELECT current_setting('data_directory') AS folder");
    return sameFolder(rows[0]?.folder ?? '', dataDir) ? 'ours' : 'notOurs';
  } catch (error) {
    // A server recovering after a crash answers « starting up » before it accepts anyone.
    return (error as { code?: unknown }).code === '57P03' ? 'starting' : 'notOurs';
  } finally {
    await client.end().catch(() => undefined);
  }
}

function sameFolder(a: string, b: string): boolean {
  const norm = (path: string) => path.replace(/[\\/]+$/, '').replace(/\\/g, '/');
  return process.platform === 'win32' ? norm(a).toLowerCase() === norm(b).toLowerCase() : norm(a) === norm(b);
}

export type LockOutcome = 'none' | 'deadProcess' | 'orphanStopped' | 'setAside';

export interface ClearLockOptions {
  dataDir: string;
  admin: { user: string; password: string };
  /** Asks a server process to stop cleanly (POSIX: SIGINT, PostgreSQL's « fast » shutdown). */
  askToStop?: (pid: number) => void;
  now?: () => Date;
}

/** Makes sure the next start is not refused for a lock a crash left; says what it found. */
export async function clearStaleLock({
  dataDir,
  admin,
  askToStop = (pid) => process.kill(pid, 'SIGINT'),
  now = () => new Date(),
}: ClearLockOptions): Promise<LockOutcome> {
  const lock = await readLockFile(dataDir);
  if (!lock) return 'none';
  if (!isAlive(lock.pid)) return 'deadProcess';
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const probe = await probeServer(lock.port, dataDir, admin);
    if (probe === 'starting') {
      await sleep(500);
      continue;
    }
    if (probe === 'ours') {
      askToStop(lock.pid);
      if (!(await waitForExit(lock.pid, 60_000))) throw new Error(`le serveur resté en marche (processus ${lock.pid}) ne s’arrête pas`);
      return 'orphanStopped';
    }
    // Another program now holds that number (a reboot gave it away): the file is stale.
    // Kept beside, never deleted: what it said stays readable for whoever looks into it.
    await rename(join(dataDir, 'postmaster.pid'), join(dataDir, `postmaster.pid.perime-${now().getTime()}`));
    return 'setAside';
  }
  // Never set aside the lock of a server still recovering: two servers on one folder would ruin it.
  throw new Error(`le serveur resté en marche (processus ${lock.pid}) n’a pas fini de démarrer`);
}
