// The network mode through the app's own channels: the window's API object, the main
// process's dispatcher (sender checked, request validated) and handlers, a real server.
// One counter validates, another counter's read copy follows through the same channels.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import type { RegisterServer } from '../../../electron/network/register-pool';
import { eventsAfter } from '../../../electron/network/server-state';
import { followServer } from '../../../renderer/db/follow-server';
import { ipcServerFeed, ServerRefusal } from '../../../renderer/db/ipc-server-feed';
import { describeError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { trackedDatabase } from '../../fixtures/database';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { useRegisterCluster } from '../../support/register-server';
import { mainProcessApi } from '../../fixtures/main-process';

const server = useRegisterCluster();

function counterApi(sharedRegister: RegisterServer | null): RegistreApi {
  return mainProcessApi({
    dataFolder: join(tmpdir(), 'registre-network'),
    sharedRegister,
  });
}

describe('the network channels', () => {
  it('validate at one counter, and the other counter’s copy follows', async () => {
    const register = await server.freshRegister();
    const [desk, backOffice] = [counterApi(register.server), counterApi(register.server)];
    const opened = await desk['network:validate']({ drafts: [openingDraft(), productDraft(), receiptDraft()] });
    expect(opened).toMatchObject({ ok: true, value: { events: [{ seq: 1 }, { seq: 2 }, { seq: 3 }] } });

    const copy = trackedDatabase();
    const following = followServer(copy, ipcServerFeed(backOffice));
    await vi.waitFor(async () => expect(await copy.events.count()).toBe(3));
    expect(await desk['network:validate']({ drafts: [dispensationDraft({ quantity: units(2) })] })).toMatchObject({
      ok: true,
      value: { events: [{ seq: 4 }] },
    });
    await vi.waitFor(async () => expect(await copy.events.count()).toBe(4), { timeout: 5_000 });
    await following.stop();
    expect(await copy.events.orderBy('seq').toArray()).toEqual(await eventsAfter(register.counter, 0, 10));

    // A refusal of the rules crosses as itself, in the same words as on one PC.
    const refused = await backOffice['network:validate']({ drafts: [dispensationDraft({ quantity: units(29) })] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'stock.insufficient' } });
  });

  it('refuses a malformed request before it reaches the server', async () => {
    const register = await server.freshRegister();
    const api = counterApi(register.server);
    const call = api['network:validate'] as (request: unknown) => ReturnType<RegistreApi['network:validate']>;
    expect(await call({ drafts: [] })).toEqual({ ok: false, error: { code: 'ipc.badRequest' } });
    expect(await call({ drafts: [{ body: { type: 'receipt' } }] })).toEqual({ ok: false, error: { code: 'ipc.badRequest' } });
    const page = api['network:eventsAfter'] as (request: unknown) => ReturnType<RegistreApi['network:eventsAfter']>;
    expect(await page({ after: -1, limit: 10 })).toEqual({ ok: false, error: { code: 'ipc.badRequest' } });
    expect(await page({ after: 0, limit: 100_000 })).toEqual({ ok: false, error: { code: 'ipc.badRequest' } });
    expect((await eventsAfter(register.counter, 0, 10)).length).toBe(0);
  });

  it('says a PC in one-PC mode is joined to no shared register', async () => {
    const api = counterApi(null);
    const refused = await api['network:validate']({ drafts: [openingDraft()] });
    expect(refused).toEqual({ ok: false, error: { code: 'network.notConfigured' } });
    await expect(ipcServerFeed(api).eventsAfter(0, 10)).rejects.toBeInstanceOf(ServerRefusal);
    await expect(ipcServerFeed(api).waitAfter(0)).rejects.toThrow(describeError({ code: 'network.notConfigured' }));
  });
});
