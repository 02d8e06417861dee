// The shared register's password on this PC: kept only as the system's store protected it
// (Electron's safeStorage in the app, a stand-in here), never in clear in the data folder;
// a restart still connects; a password the store can no longer open is said in French
// and typed again through the same set-up channel.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { NETWORK_SETTINGS_FILE } from '../../../electron/network/network-settings';
import type { SecretBox } from '../../../electron/signing/secret-box';
import { describeError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { openNetworkRegister, type NetworkStatus } from '../../../renderer/db/network-register';
import { trackedDatabase } from '../../fixtures/database';
import { openingDraft } from '../../fixtures/drafts';
import { useRegisterCluster } from '../../support/register-server';
import { stubSecretBox } from '../../support/stub-secret-box';
import { mainProcessApi } from '../../fixtures/main-process';

const server = useRegisterCluster();

function counterApi(dataFolder: string, secretBox: SecretBox | null): RegistreApi {
  return mainProcessApi({ dataFolder, secretBox });
}

const newFolder = () => mkdtemp(join(tmpdir(), 'registre-poste-'));
const settingsText = (folder: string) => readFile(join(folder, NETWORK_SETTINGS_FILE), 'utf8');

describe('the shared register’s password on this PC', () => {
  it('is not in the data folder in clear, and a restart still connects', async () => {
    const register = await server.freshRegister();
    const folder = await newFolder();
    expect(await counterApi(folder, stubSecretBox())['network:configure']({ server: register.server })).toMatchObject({ ok: true });

    const onDisk = await settingsText(folder);
    expect(onDisk).toContain(register.server.host);
    expect(onDisk).not.toContain(register.server.password);
    expect(onDisk).not.toMatch(/"password"/);

    const restarted = counterApi(folder, stubSecretBox());
    expect(await restarted['network:validate']({ drafts: [openingDraft()] })).toMatchObject({ ok: true, value: { events: [{ seq: 1 }] } });
  });

  it('rewrites a file of an earlier version, password in clear, protected at the first start', async () => {
    const register = await server.freshRegister();
    const folder = await newFolder();
    await writeFile(join(folder, NETWORK_SETTINGS_FILE), JSON.stringify({ server: register.server }));
    const api = counterApi(folder, stubSecretBox());
    expect(await api['network:validate']({ drafts: [openingDraft()] })).toMatchObject({ ok: true });
    expect(await settingsText(folder)).not.toContain(register.server.password);
    expect(await counterApi(folder, stubSecretBox())['network:eventsAfter']({ after: 0, limit: 10 })).toMatchObject({
      ok: true,
      value: { events: [{ seq: 1 }] },
    });
  });

  it('says in French when the store can no longer open it, and takes it typed again', async () => {
    const register = await server.freshRegister();
    const folder = await newFolder();
    await counterApi(folder, stubSecretBox())['network:configure']({ server: register.server });

    // Another session's store (the data folder copied, or the keyring reset).
    const other = counterApi(folder, stubSecretBox('coffre-d-une-autre-session'));
    const { password: _password, ...address } = register.server;
    expect(await other['network:settings'](null)).toEqual({ ok: true, value: { server: address, passwordUnreadable: true } });
    const refused = await other['network:validate']({ drafts: [openingDraft()] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'network.passwordUnreadable' } });
    if (!refused.ok) expect(describeError(refused.error)).toMatch(/ne peut plus être ouvert.*Retapez-le/u);
    expect(await other['network:eventsAfter']({ after: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'network.passwordUnreadable' } });

    // Typed again at the same address: kept under this session's store, and the counter works.
    expect(await other['network:configure']({ server: register.server })).toMatchObject({ ok: true, value: { server: address } });
    expect(await other['network:validate']({ drafts: [openingDraft()] })).toMatchObject({ ok: true, value: { events: [{ seq: 1 }] } });
    expect(await counterApi(folder, stubSecretBox('coffre-d-une-autre-session'))['network:settings'](null)).toEqual({ ok: true, value: { server: address } });
  });

  it('is refused rather than kept in clear when the system cannot protect it', async () => {
    const register = await server.freshRegister();
    const folder = await newFolder();
    for (const box of [stubSecretBox('coffre-de-test', false), null]) {
      const answer = await counterApi(folder, box)['network:configure']({ server: register.server });
      expect(answer).toMatchObject({ ok: false, error: { code: 'network.passwordStoreUnavailable' } });
      if (!answer.ok) expect(describeError(answer.error)).toMatch(/jamais gardé en clair/u);
    }
    expect(await counterApi(folder, stubSecretBox())['network:settings'](null)).toEqual({ ok: true, value: { server: null } });
  });
});

describe('the banner’s register when the password can no longer be opened', () => {
  it('shows why, and follows the server again once the password is typed again', async () => {
    const register = await server.freshRegister();
    const folder = await newFolder();
    await counterApi(folder, stubSecretBox())['network:configure']({ server: register.server });
    const api = counterApi(folder, stubSecretBox('coffre-d-une-autre-session'));
    const { password: _password, ...address } = register.server;
    const shared = openNetworkRegister(api, address, trackedDatabase());
    let status: NetworkStatus | undefined;
    shared.status.subscribe((value) => (status = value));
    try {
      await vi.waitFor(() => expect(status).toMatchObject({ reachable: false, trouble: { code: 'network.passwordUnreadable' } }), { timeout: 10_000 });
      // What the banner's field sends (renderer/features/network/PasswordAgain.tsx), then asks the follower to try again.
      expect(await api['network:configure']({ server: register.server })).toMatchObject({ ok: true });
      shared.retry();
      await vi.waitFor(() => expect(status).toMatchObject({ reachable: true, trouble: null }), { timeout: 10_000 });
      expect(await shared.store.record([openingDraft()])).toMatchObject({ ok: true, value: [{ seq: 1 }] });
    } finally {
      await shared.stop();
    }
  }, 30_000);
});
