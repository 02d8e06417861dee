// The screens' register in network mode: the same interface as on one PC, reading this
// window's copy and writing through the main process to a real server. Two counters on
// one server; the server stopped and started again under one of them.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventsAfter } from '../../../electron/network/server-state';
import { openNetworkRegister, type NetworkRegister, type NetworkStatus } from '../../../renderer/db/network-register';
import { describeError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { trackedDatabase } from '../../fixtures/database';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { useRegisterCluster, type TestRegister } from '../../support/register-server';
import { markHandback } from '../../../electron/network/handback';
import { accepted } from '../../fixtures/result';
import { mainProcessApi } from '../../fixtures/main-process';

const server = useRegisterCluster();
const opened: NetworkRegister[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((counter) => counter.stop()));
});

async function counter(register: TestRegister): Promise<{ api: RegistreApi; counter: NetworkRegister; status: () => NetworkStatus }> {
  const api = mainProcessApi({
    dataFolder: await mkdtemp(join(tmpdir(), 'registre-poste-')),
  });
  const joined = await api['network:configure']({ server: register.server });
  if (!joined.ok || !joined.value.server) throw new Error(describeError(joined.ok ? { code: 'network.notConfigured' } : joined.error));
  const networkRegister = openNetworkRegister(api, joined.value.server, trackedDatabase());
  opened.push(networkRegister);
  let last: NetworkStatus | undefined;
  networkRegister.status.subscribe((value) => (last = value));
  return {
    api,
    counter: networkRegister,
    status: () => {
      if (!last) throw new Error('aucun état');
      return last;
    },
  };
}

describe('the register store in network mode', () => {
  it('records through the server, shows the event in this copy at once, and the other counter sees it', async () => {
    const register = await server.freshRegister();
    const [desk, backOffice] = [await counter(register), await counter(register)];
    const recorded = await desk.counter.store.record([openingDraft(), productDraft(), receiptDraft()]);
    expect(recorded).toMatchObject({ ok: true, value: [{ seq: 1 }, { seq: 2 }, { seq: 3 }] });
    // Read through the store as every screen reads: no wait after the answer.
    expect(await desk.counter.store.headSeq()).toBe(3);
    expect((await desk.counter.store.identity())?.establishment).toBeDefined();

    const dispensed = await backOffice.counter.store.record([dispensationDraft({ quantity: units(2) })]);
    expect(dispensed).toMatchObject({ ok: true, value: [{ seq: 4, type: 'dispensation' }] });
    await vi.waitFor(async () => expect(await desk.counter.store.headSeq()).toBe(4), { timeout: 5_000 });
    const [product] = await desk.counter.store.products();
    const deskStock = await desk.counter.store.productStock(product?.productId ?? '');
    expect(deskStock.total).toBe(units(28));
    expect(await backOffice.counter.store.productStock(product?.productId ?? '')).toEqual(deskStock);
    expect(desk.status()).toMatchObject({ reachable: true, headSeq: 4, pending: [] });

    // A refusal of the rules is the same as on one PC, and nothing reaches either copy.
    expect(await desk.counter.store.record([dispensationDraft({ quantity: units(1000) })])).toMatchObject({ ok: false, error: { code: 'stock.insufficient' } });
    expect(await desk.counter.store.headSeq()).toBe(4);
  }, 30_000);

  it('while the server is away, holds the validation unnumbered and sends it when the server is back', async () => {
    const register = await server.freshRegister();
    const desk = await counter(register);
    await desk.counter.store.record([openingDraft(), productDraft(), receiptDraft()]);
    await vi.waitFor(() => expect(desk.status().reachable).toBe(true));

    await server.cluster().pause();
    try {
      const held = await desk.counter.store.record([dispensationDraft({ quantity: units(3) })]);
      expect(held).toMatchObject({ ok: false, error: { code: 'network.heldPending' } });
      expect(desk.status()).toMatchObject({ reachable: false, pending: [{ drafts: [{ body: { type: 'dispensation' } }] }] });
      // Nothing numbered on this PC: the copy stays at the server's last head.
      expect(await desk.counter.store.headSeq()).toBe(3);
      await vi.waitFor(() => expect(desk.status().trouble).not.toBeNull(), { timeout: 10_000 });
    } finally {
      await server.cluster().resume();
    }
    // The follower reaches the server again, sends what waited, and the copy follows.
    await vi.waitFor(async () => expect(await desk.counter.store.headSeq()).toBe(4), { timeout: 15_000 });
    await vi.waitFor(() => expect(desk.status()).toMatchObject({ reachable: true, pending: [] }));
    expect((await eventsAfter(register.counter, 3, 10)).map((event) => event.type)).toEqual(['dispensation']);
  }, 60_000);

  it('hears at once that the register was taken back to one PC, says it, refuses to record and still reads', async () => {
    const register = await server.freshRegister();
    const desk = await counter(register);
    await desk.counter.store.record([openingDraft(), productDraft(), receiptDraft()]);
    await vi.waitFor(() => expect(desk.status()).toMatchObject({ reachable: true, headSeq: 3, handback: null }));

    // Taken back at another PC: announced by the server, heard before the follower's next wait ends by itself.
    accepted(await markHandback(register.counter, 'COMPTOIR-1'));
    await vi.waitFor(() => expect(desk.status().handback).toMatchObject({ seq: 3, holder: 'COMPTOIR-1' }), { timeout: 5_000 });
    const refused = await desk.counter.store.record([dispensationDraft({ quantity: units(1) })]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'network.registerTakenBack', params: { holder: 'COMPTOIR-1', seq: '3' } } });
    expect(await eventsAfter(register.counter, 0, 10)).toHaveLength(3);
    // The copy received stays readable.
    expect(await desk.counter.store.headSeq()).toBe(3);
    expect(await desk.counter.store.products()).toHaveLength(1);
  }, 30_000);
});
