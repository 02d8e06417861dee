// How a counter's connection is protected is kept with its settings: the pinned
// certificate survives a restart and a password the store can no longer open (so that
// typing the password again keeps the pin), and a file written before TLS reads as
// « preferred ».
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeServerCertificate } from '../../../electron/network/host/server-certificate';
import { NETWORK_SETTINGS_FILE, readNetworkSettings, writeNetworkSettings } from '../../../electron/network/network-settings';
import { stubSecretBox } from '../../support/stub-secret-box';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});
const newFolder = async () => {
  const folder = await mkdtemp(join(tmpdir(), 'registre-tls-'));
  folders.push(folder);
  return folder;
};

const login = { host: '192.168.1.10', port: 5432, database: 'registre', user: 'registre_poste', password: 'K7M2Q-9XH4T-B8C1D-ZP6W3-RN5FJ' };

describe('the kept way of protecting the connection', () => {
  it('keeps the pinned certificate, and tells the window its fingerprint even when the password cannot be opened', async () => {
    const folder = await newFolder();
    const { certificate, fingerprint } = makeServerCertificate('poste hôte');
    await writeNetworkSettings(folder, { ...login, tls: { mode: 'pinned', fingerprint, certificate } }, stubSecretBox());
    expect(await readNetworkSettings(folder, stubSecretBox())).toEqual({ server: { ...login, tls: { mode: 'pinned', fingerprint, certificate } } });
    expect(await readNetworkSettings(folder, stubSecretBox('autre-session'))).toEqual({
      address: { host: login.host, port: login.port, database: login.database, user: login.user, fingerprint },
      passwordUnreadable: true,
    });
    expect(await readFile(join(folder, NETWORK_SETTINGS_FILE), 'utf8')).not.toContain(login.password);
  });

  it('reads a counter joined before TLS as « preferred », and keeps « required »', async () => {
    const folder = await newFolder();
    const { password: _password, ...address } = login;
    await writeFile(join(folder, NETWORK_SETTINGS_FILE), JSON.stringify({ server: { ...address, password: login.password } }));
    expect(await readNetworkSettings(folder, stubSecretBox())).toEqual({ server: { ...login, tls: { mode: 'preferred' } } });
    await writeNetworkSettings(folder, { ...login, tls: { mode: 'required' } }, stubSecretBox());
    expect(await readNetworkSettings(folder, stubSecretBox('autre-session'))).toMatchObject({ address: { requireTls: true } });
  });
});
