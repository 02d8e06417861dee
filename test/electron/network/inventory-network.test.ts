// An inventory in network mode: the inventory and its adjustments (« écarts
// d’inventaire ») are one act, its adjustments said as data (shared/register/act.ts), so
// that the act crosses to the main process whole and is decided in the server's one
// transaction, with the order number the inventory gets there. A real server; the store
// the screens use; held « en attente » while the server is away, and sent when it is back.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventsAfter } from '../../../electron/network/server-state';
import { openNetworkRegister, type NetworkRegister } from '../../../renderer/db/network-register';
import { recordInventory, type InventoryRequest } from '../../../renderer/features/inventory/record-inventory';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { replayJournal } from '../../../shared/register/replay';
import { trackedDatabase } from '../../fixtures/database';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { useRegisterCluster, type TestRegister } from '../../support/register-server';
import { mainProcessApi } from '../../fixtures/main-process';

const server = useRegisterCluster();
const opened: NetworkRegister[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((counter) => counter.stop()));
});

async function counter(register: TestRegister): Promise<{ api: RegistreApi; shared: NetworkRegister }> {
  const api = mainProcessApi({
    dataFolder: await mkdtemp(join(tmpdir(), 'registre-poste-')),
  });
  const joined = await api['network:configure']({ server: register.server });
  if (!joined.ok || !joined.value.server) throw new Error('poste non relié');
  const shared = openNetworkRegister(api, joined.value.server, trackedDatabase());
  opened.push(shared);
  return { api, shared };
}

/** 30 received, 12 dispensed: 18 expected; 17 counted, one variance with its reason. */
const INVENTORY: InventoryRequest = {
  operationDate: '2026-03-02',
  body: {
    type: 'inventory.taken',
    countedBy: 'Claire Martin',
    lines: [
      { productId: 'P2', compartment: 'dispensable', counted: units(17), method: 'count', reason: 'Comprimé tombé, détruit sans inscription' },
      { productId: 'P2', compartment: 'quarantine', counted: units(0), method: 'count' },
    ],
  },
};

async function stockedRegister(shared: NetworkRegister) {
  expect(await shared.store.record([openingDraft(), productDraft(), receiptDraft(), dispensationDraft()])).toMatchObject({ ok: true });
}

describe('an inventory in network mode', () => {
  it('is recorded by the server with its adjustment naming it, and every counter sees the stock counted', async () => {
    const register = await server.freshRegister();
    const [desk, backOffice] = [await counter(register), await counter(register)];
    await stockedRegister(desk.shared);

    const recorded = await recordInventory(desk.shared.store, INVENTORY);
    expect(recorded).toMatchObject({
      ok: true,
      value: [
        { seq: 5, type: 'inventory.taken' },
        { seq: 6, type: 'inventory.adjustment', inventory: 5, productId: 'P2', compartment: 'dispensable', direction: 'exit', quantity: units(1) },
      ],
    });
    const all = await eventsAfter(register.counter, 0, 100);
    expect(all.map((event) => event.type)).toEqual([
      'register.opened',
      'product.defined',
      'receipt',
      'dispensation',
      'inventory.taken',
      'inventory.adjustment',
    ]);
    expect(replayJournal(all)).toBeNull();
    await vi.waitFor(async () => expect(await backOffice.shared.store.headSeq()).toBe(6), { timeout: 5_000 });
    expect((await backOffice.shared.store.productStock('P2')).total).toBe(units(17));

    // The same rules as on one PC: an inventory without the reason of its variance is refused, nothing written.
    const { reason: _reason, ...unexplained } = INVENTORY.body.lines[0]!;
    const refused = await recordInventory(desk.shared.store, {
      ...INVENTORY,
      body: { ...INVENTORY.body, lines: [{ ...unexplained, counted: units(16) }, INVENTORY.body.lines[1]!] },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'inventory.reasonRequired' } });
    expect(await eventsAfter(register.counter, 6, 10)).toEqual([]);
  }, 30_000);

  it('is held « en attente » while the server is away, and recorded whole when it is back', async () => {
    const register = await server.freshRegister();
    const desk = await counter(register);
    await stockedRegister(desk.shared);

    await server.cluster().pause();
    try {
      expect(await recordInventory(desk.shared.store, INVENTORY)).toMatchObject({ ok: false, error: { code: 'network.heldPending' } });
      expect(await desk.api['network:pending'](null)).toMatchObject({
        ok: true,
        value: { pending: [{ drafts: [{ body: { type: 'inventory.taken' } }, { adjustmentsOf: 0 }] }] },
      });
    } finally {
      await server.cluster().resume();
    }
    await vi.waitFor(async () => expect(await desk.shared.store.headSeq()).toBe(6), { timeout: 15_000 });
    expect((await eventsAfter(register.counter, 4, 10)).map((event) => [event.seq, event.type])).toEqual([
      [5, 'inventory.taken'],
      [6, 'inventory.adjustment'],
    ]);
  }, 60_000);

  it('refuses at the channel an adjustments step that is not plain data', async () => {
    const register = await server.freshRegister();
    const { api } = await counter(register);
    const malformed = { adjustmentsOf: 0, operationDate: '2026-03-02', extra: 'x' } as never;
    expect(await api['network:validate']({ drafts: [malformed] })).toMatchObject({ ok: false, error: { code: 'ipc.badRequest' } });
  });
});
