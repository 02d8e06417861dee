// The second medium in network mode: the reserve journal written by the main process from
// the server's events, with the same append as on one PC, and through the window's own
// reserve sync (the window only says how far its copy has seen).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventsAfter } from '../../../electron/network/server-state';
import { openNetworkRegister, reserveFromServerApi, type NetworkRegister } from '../../../renderer/db/network-register';
import { syncReserve } from '../../../renderer/features/reserve/sync-reserve';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { trackedDatabase } from '../../fixtures/database';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { useRegisterCluster, type TestRegister } from '../../support/register-server';
import { mainProcessApi } from '../../fixtures/main-process';

const server = useRegisterCluster();
const REGISTER_ID = 'REG-2026-001';
const opened: NetworkRegister[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((counter) => counter.stop()));
});

/** The PC that keeps the reserve: joined to the server, its reserve folder chosen. */
async function reservePc(register: TestRegister): Promise<RegistreApi> {
  const root = await mkdtemp(join(tmpdir(), 'registre-reserve-pc-'));
  const reserveFolder = await mkdtemp(join(tmpdir(), 'registre-reserve-'));
  const api = mainProcessApi({
    dataFolder: join(root, 'donnees'),
    chooseFolder: async () => reserveFolder,
    holderName: () => 'ARRIERE-BOUTIQUE',
  });
  expect(await api['network:configure']({ server: register.server })).toMatchObject({ ok: true });
  expect(await api['reserve:chooseFolder'](null)).toMatchObject({ ok: true });
  return api;
}

/** Another counter, which writes no reserve. */
function counterApi(): RegistreApi {
  return mainProcessApi({
    dataFolder: join(tmpdir(), `registre-comptoir-${process.hrtime.bigint()}`),
  });
}

async function reserveEvents(api: RegistreApi) {
  const page = await api['reserve:readEvents']({ registerId: REGISTER_ID, cursor: 0, limit: 1000 });
  if (!page.ok) throw new Error(page.error.code);
  return page.value.events;
}

describe('the reserve in network mode', () => {
  it('is written from the server’s events, exactly, and caught up from its own head', async () => {
    const register = await server.freshRegister();
    const api = await reservePc(register);
    await api['network:validate']({ drafts: [openingDraft(), productDraft(), receiptDraft()] });
    expect(await api['network:reserveFromServer']({ registerId: REGISTER_ID, after: 0, through: 3 })).toMatchObject({ ok: true, value: { seq: 3 } });
    await api['network:validate']({ drafts: [dispensationDraft({ quantity: units(2) })] });
    expect(await api['network:reserveFromServer']({ registerId: REGISTER_ID, after: 3, through: 4 })).toMatchObject({ ok: true, value: { seq: 4 } });
    expect(await reserveEvents(api)).toEqual(await eventsAfter(register.counter, 0, 100));

    // A copy that claims an order number the server does not hold writes nothing.
    expect(await api['network:reserveFromServer']({ registerId: REGISTER_ID, after: 4, through: 6 })).toMatchObject({
      ok: false,
      error: { code: 'network.failed' },
    });
    expect(await reserveEvents(api)).toHaveLength(4);
  });

  it('notes on the server how far it is written, which every counter reads for its banner', async () => {
    const register = await server.freshRegister();
    const holder = await reservePc(register);
    const desk = counterApi();
    expect(await desk['network:configure']({ server: register.server })).toMatchObject({ ok: true });
    // No PC writes the reserve yet: every counter can say so.
    expect(await desk['network:reserves'](null)).toEqual({ ok: true, value: { reserves: [] } });

    await desk['network:validate']({ drafts: [openingDraft(), productDraft(), receiptDraft()] });
    expect(await holder['network:reserveFromServer']({ registerId: REGISTER_ID, after: 0, through: 3 })).toMatchObject({ ok: true });
    await desk['network:validate']({ drafts: [dispensationDraft({ quantity: units(2) })] });
    // The reserve's PC has not written n° 4 yet (its app closed, say): the desk reads the lag.
    const behind = await desk['network:reserves'](null);
    expect(behind).toMatchObject({ ok: true, value: { reserves: [{ holder: 'ARRIERE-BOUTIQUE', seq: 3 }] } });
    const written = behind.ok ? Date.parse(behind.value.reserves[0]?.writtenAt ?? '') : NaN;
    expect(Number.isFinite(written)).toBe(true);

    expect(await holder['network:reserveFromServer']({ registerId: REGISTER_ID, after: 3, through: 4 })).toMatchObject({ ok: true });
    expect(await desk['network:reserves'](null)).toMatchObject({ ok: true, value: { reserves: [{ holder: 'ARRIERE-BOUTIQUE', seq: 4 }] } });
    // A note is about a copy, never part of the register: the counters' role may move it, not the events.
    await expect(register.counter.query('UPDATE register_reserves SET seq = 1')).resolves.toMatchObject({ rowCount: 1 });
    await expect(register.counter.query('UPDATE register_events SET type = type')).rejects.toMatchObject({ code: '42501' });
  });

  it('is kept by the window’s reserve sync, the events taken from the server', async () => {
    const register = await server.freshRegister();
    const api = await reservePc(register);
    const counter = openNetworkRegister(api, { ...register.server }, trackedDatabase());
    opened.push(counter);
    await counter.store.record([openingDraft(), productDraft(), receiptDraft()]);
    await counter.store.record([dispensationDraft({ quantity: units(5) })]);
    expect(await syncReserve(counter.store, reserveFromServerApi(api), REGISTER_ID, null)).toMatchObject({ kind: 'upToDate', count: 4 });
    await vi.waitFor(async () => expect(await reserveEvents(api)).toEqual(await eventsAfter(register.counter, 0, 100)));
  });

  it('never writes the window’s own bytes: an altered copy still gives the server’s events', async () => {
    const register = await server.freshRegister();
    const api = await reservePc(register);
    await api['network:validate']({ drafts: [openingDraft(), productDraft(), receiptDraft()] });
    const onServer = await eventsAfter(register.counter, 0, 100);
    const altered = onServer.map((event) => ({ ...event, observation: 'modifié dans la fenêtre' }));
    expect(await reserveFromServerApi(api)['reserve:append']({ registerId: REGISTER_ID, events: altered })).toMatchObject({ ok: true, value: { seq: 3 } });
    expect(await reserveEvents(api)).toEqual(onServer);
  });
});
