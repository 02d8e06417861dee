// This PC hosts the shared register (docs/reseau.md, « Ce poste héberge le registre
// partagé »): set up once (a cluster in the data folder, generated passwords, the register's
// database), then started with the app and stopped when it quits. The PC is also a counter
// like the others: it joins its own server through 127.0.0.1 with the counters' role, so
// that every validation, here too, goes through the one transaction of the network mode.
import { randomBytes } from 'node:crypto';
import { access, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { recoveryCodeFrom } from '../../../shared/encryption/recovery-code';
import { appError, type AppError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';
import type { SecretBox } from '../../signing/secret-box';
import type { Fingerprint } from '../../../shared/network/certificate-fingerprint';
import type { ServerSettings } from '../../../shared/ipc/network';
import { readIfPresent } from '../../files/write-once';
import { CERTIFICATE_FILE, fingerprintOf } from './server-certificate';
import { firstFreePort, FIRST_PORT } from './free-port';
import { HOST_SERVER_FOLDER, hostDataDir, readHostSettings, writeHostSettings, type HostSettings } from './host-settings';
import { initialiseHostedServer, startHostedServer, type HostedServer, type HostedServerOptions } from './hosted-server';
import { provisionRegister } from './provision-register';

export const HOST_DATABASE = 'registre';
export const HOST_ADMIN_USER = 'registre_admin';
export const HOST_COUNTER_USER = 'registre_poste';

export interface HostServiceOptions {
  dataFolder: string;
  /** Protects the generated passwords in the settings file (the system's store); null where there is none. */
  secretBox: SecretBox | null;
  /** 16 random bytes per password; the system's generator without one. */
  random?: (size: number) => Uint8Array;
  /** Where the search for a free port begins at set-up (5432). */
  firstPort?: number;
  /** The server's own messages, for the technical log. */
  onLog?: (line: string) => void;
  /** Makes the running server known on the local network; nothing announced without one. */
  announce?: (settings: HostSettings) => Promise<{ stop(): Promise<void> }>;
  now?: () => Date;
}

export interface HostService {
  /**
   * Makes this PC the host (once; again: starts what is there). Answers the settings this
   * PC joins its own server with; refused before anything is made when the system's store
   * cannot protect the passwords.
   */
  setUp(): Promise<Result<ServerSettings, AppError>>;
  /** At the app's start: the server, started if this PC hosts the register; null otherwise. */
  start(): Promise<HostedServer | null>;
  /** At the app's quit: stops the announcement and the server cleanly. */
  stop(): Promise<void>;
  settings(): Promise<HostSettings | null>;
  /** The server certificate's fingerprint, for the sheet for adding a counter; null on a PC that does not host. */
  fingerprint(): Promise<Fingerprint | null>;
}

/** How this PC itself joins the server it hosts: as any counter, through the loopback, its certificate pinned. */
export function localCounterServer(settings: HostSettings, fingerprint: Fingerprint): ServerSettings {
  return { host: '127.0.0.1', port: settings.port, database: settings.database, user: settings.counter.user, password: settings.counter.password, fingerprint };
}

/** The fingerprint of the certificate the server presents (server-certificate.ts), or null before it has one. */
export async function hostFingerprint(dataFolder: string): Promise<Fingerprint | null> {
  const certificate = await readIfPresent(join(hostDataDir(dataFolder), CERTIFICATE_FILE));
  return certificate === null ? null : fingerprintOf(certificate.toString('utf8'));
}

export function createHostService({
  dataFolder,
  secretBox,
  random = (size) => new Uint8Array(randomBytes(size)),
  firstPort = FIRST_PORT,
  onLog,
  announce,
  now = () => new Date(),
}: HostServiceOptions): HostService {
  let running: Promise<{ server: HostedServer; announced: { stop(): Promise<void> } | null } | null> | null = null;
  const options = (settings: HostSettings): HostedServerOptions => ({
    dataDir: hostDataDir(dataFolder),
    port: settings.port,
    admin: settings.admin,
    database: settings.database,
    counterUser: settings.counter.user,
    ...(onLog ? { onLog } : {}),
  });
  const launch = async (settings: HostSettings) => {
    const server = await startHostedServer(options(settings));
    try {
      // After an update of the app: its new migrations, before any counter writes.
      await provisionRegister(settings);
    } catch (error) {
      await server.stop();
      throw error;
    }
    const announced = announce ? await announce(settings).catch(() => null) : null;
    return { server, announced };
  };
  const startKept = () =>
    (running ??= readHostSettings(dataFolder, secretBox).then((settings) => (settings ? launch(settings) : null))).catch((error: unknown) => {
      running = null;
      throw error;
    });

  return {
    settings: () => readHostSettings(dataFolder, secretBox),
    fingerprint: () => hostFingerprint(dataFolder),
    async start() {
      return (await startKept())?.server ?? null;
    },
    async setUp() {
      const kept = await readHostSettings(dataFolder, secretBox);
      if (kept) {
        const started = await startKept();
        return ok(localCounterServer(kept, started?.server.fingerprint ?? ''));
      }
      // Checked first: passwords nobody could keep would make a server nobody could run.
      if (!secretBox?.available()) return err(appError('network.passwordStoreUnavailable'));
      const settings: HostSettings = {
        port: await firstFreePort(firstPort),
        database: HOST_DATABASE,
        admin: { user: HOST_ADMIN_USER, password: recoveryCodeFrom(random(16)) },
        counter: { user: HOST_COUNTER_USER, password: recoveryCodeFrom(random(16)) },
      };
      const dataDir = hostDataDir(dataFolder);
      await mkdir(join(dataFolder, HOST_SERVER_FOLDER), { recursive: true });
      // A set-up that stopped halfway left a cluster whose passwords nobody kept: set aside, never reused nor deleted.
      if (
        await access(dataDir).then(
          () => true,
          () => false,
        )
      )
        await rename(dataDir, `${dataDir}.inacheve-${now().getTime()}`);
      await initialiseHostedServer(options(settings));
      const started = launch(settings);
      running = started;
      let server: HostedServer;
      try {
        ({ server } = await started);
      } catch (error) {
        running = null;
        throw error;
      }
      // Written last: the settings file is what says the set-up is complete.
      await writeHostSettings(dataFolder, settings, secretBox);
      return ok(localCounterServer(settings, server.fingerprint));
    },
    async stop() {
      const current = running;
      running = null;
      const started = await current?.catch(() => null);
      if (!started) return;
      await started.announced?.stop().catch(() => undefined);
      await started.server.stop();
    },
  };
}
