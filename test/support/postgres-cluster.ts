// A real PostgreSQL for the tests of network mode: a cluster of its own in a temporary
// folder, on a free port, with the roles a practice's server has (an owner who migrates,
// the counters' role who validates), stopped and removed at the end. Debian's server
// refuses to run as root: under root the binaries run as the `postgres` user. No mock of
// the database, and no silent skip: without the server binaries the tests fail, saying
// what to install.
import { execFile } from 'node:child_process';
import { access, chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 (package `postgresql`); another folder by PG_BIN. */
export const POSTGRES_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface RoleLogin {
  user: string;
  password: string;
}

export interface PostgresCluster {
  host: string;
  port: number;
  database: string;
  /** Owns the register's tables and runs the migrations. */
  owner: RoleLogin;
  /** What a counter logs in as: granted only what validating needs. */
  counter: RoleLogin;
  /** Connection settings for one of the roles, over TCP with its password. */
  config(login: RoleLogin): pg.ClientConfig;
  /** The cluster's superuser, by the local socket: for tests that create or drop databases. */
  superuser(): pg.ClientConfig;
  /** Stops the server as a powered-off server PC would be, data kept: connections are refused until `resume`. */
  pause(): Promise<void>;
  /**
   * Gives the server another certificate and key (TLS clusters only), taken at once by a
   * reload: what a counter meets when another machine answers at the server's address.
   */
  useCertificate(tls: ClusterCertificate): Promise<void>;
  /** Starts the paused server again, on the same port with the same data. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('aucun port libre'))));
    });
  });
}

/** Fails with what to do when the server binaries are absent: the tests never skip in silence. */
export async function requirePostgres(bin = POSTGRES_BIN): Promise<void> {
  try {
    await access(join(bin, 'initdb'));
    await access(join(bin, 'pg_ctl'));
  } catch {
    throw new Error(
      `PostgreSQL introuvable (${join(bin, 'initdb')}) : les tests du mode réseau demandent un vrai serveur. ` +
        'Installez le paquet Debian « postgresql » (.ci/run le fait), ou indiquez le dossier de ses programmes par PG_BIN.',
    );
  }
}

/**
 * The environment of the server's programs: the tests' own without libfaketime. Under
 * `faketime` the server would inherit the faked clock, and its timers (lock_timeout,
 * statement_timeout) would never fire: the server keeps real time, as a practice's does.
 */
export function serverEnvironment(environment: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined || name === 'LD_PRELOAD' || name.startsWith('FAKETIME') || name === 'DYLD_INSERT_LIBRARIES') continue;
    kept[name] = value;
  }
  return kept;
}

/** Runs a server program; as the `postgres` user when the tests run as root. */
async function asServerUser(bin: string, program: string, args: readonly string[]): Promise<void> {
  const path = join(bin, program);
  const root = process.getuid?.() === 0;
  const env = serverEnvironment();
  try {
    if (root) await run('runuser', ['-u', 'postgres', '--', path, ...args], { env });
    else await run(path, [...args], { env });
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`${program} en échec : ${stderr ?? String(error)}`);
  }
}

async function serverUserIds(): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/** A certificate and its key (PEM), as the bundled host makes them (electron/network/host/server-certificate.ts). */
export interface ClusterCertificate {
  certificate: string;
  key: string;
}

/** Writes the server's certificate and key where PostgreSQL looks (server.crt, server.key), the key readable by the server's account only. */
async function writeCertificate(data: string, tls: ClusterCertificate): Promise<void> {
  const key = join(data, 'server.key');
  const certificate = join(data, 'server.crt');
  await writeFile(key, tls.key, { mode: 0o600 });
  await chmod(key, 0o600);
  await writeFile(certificate, tls.certificate, { mode: 0o644 });
  if (process.getuid?.() === 0) {
    const { uid, gid } = await serverUserIds();
    await chown(key, uid, gid);
    await chown(certificate, uid, gid);
  }
}

/** With `tls`, the server runs with `ssl = on` and that certificate, as the bundled host does; otherwise it offers no TLS. */
export async function startPostgresCluster(bin = POSTGRES_BIN, tls?: ClusterCertificate): Promise<PostgresCluster> {
  await requirePostgres(bin);
  const folder = await mkdtemp(join(tmpdir(), 'registre-pg-'));
  if (process.getuid?.() === 0) {
    const { uid, gid } = await serverUserIds();
    await chown(folder, uid, gid);
  }
  await chmod(folder, 0o700);
  const data = join(folder, 'data');
  const port = await freePort();
  const host = '127.0.0.1';
  // The local socket trusts the server's user (the superuser below); TCP asks every role its password.
  await asServerUser(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8']);
  if (tls) await writeCertificate(data, tls);
  const start = () =>
    asServerUser(bin, 'pg_ctl', [
      '-D',
      data,
      '-l',
      join(folder, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${folder} -c listen_addresses=${host} -c fsync=off${tls ? ' -c ssl=on' : ''}`,
      'start',
    ]);
  await start();
  const superuser = (): pg.ClientConfig => ({ host: folder, port, user: 'postgres', database: 'postgres' });
  const owner: RoleLogin = { user: 'registre_owner', password: 'owner-test-password' };
  const counter: RoleLogin = { user: 'registre_counter', password: 'counter-test-password' };
  const database = 'registre';
  const admin = new pg.Client(superuser());
  await admin.connect();
  try {
    await admin.query(`CREATE ROLE ${owner.user} LOGIN PASSWORD '${owner.password}'`);
    await admin.query(`CREATE ROLE ${counter.user} LOGIN PASSWORD '${counter.password}'`);
    await admin.query(`CREATE DATABASE ${database} OWNER ${owner.user}`);
    // Nobody but the owner creates anything in the register's database.
    await admin.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT ON DATABASE ${database} TO ${counter.user}`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  return {
    host,
    port,
    database,
    owner,
    counter,
    config: (login) => ({ host, port, database, user: login.user, password: login.password }),
    superuser,
    pause: () => asServerUser(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    async useCertificate(next) {
      if (!tls) throw new Error('ce cluster de test ne propose pas TLS');
      await writeCertificate(data, next);
      const reload = new pg.Client(superuser());
      await reload.connect();
      try {
        await reload.query('SELECT pg_reload_conf()');
      } finally {
        await reload.end();
      }
    },
    resume: start,
    async stop() {
      if (stopped) return;
      stopped = true;
      await asServerUser(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).finally(() => rm(folder, { recursive: true, force: true }));
    },
  };
}
