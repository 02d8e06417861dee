// Joining a shared register from the set-up (the connection tried first, each failure in
// French) and the validations held « en attente » while the server is away: a real
// server, stopped and started again, through the app's own channels.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsAfter } from '../../../electron/network/server-state';
import { describeError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { useRegisterCluster } from '../../support/register-server';
import { mainProcessApi } from '../../fixtures/main-process';

const server = useRegisterCluster();

/** A counter's main process, with a data folder of its own and no server given: what set-up writes is what it uses. */
function counterApi(dataFolder: string): RegistreApi {
  return mainProcessApi({ dataFolder });
}

const newFolder = () => mkdtemp(join(tmpdir(), 'registre-poste-'));

describe('choosing the shared register at set-up', () => {
  it('starts in one-PC mode, and refuses the register’s channels there', async () => {
    const api = counterApi(await newFolder());
    expect(await api['network:settings'](null)).toEqual({ ok: true, value: { server: null } });
    expect(await api['network:validate']({ drafts: [openingDraft()] })).toMatchObject({ ok: false, error: { code: 'network.notConfigured' } });
  });

  it('says in French why the server typed cannot be used, and keeps nothing', async () => {
    const register = await server.freshRegister();
    const api = counterApi(await newFolder());
    const wrongPassword = await api['network:configure']({ server: { ...register.server, password: 'pas le bon' } });
    expect(wrongPassword).toMatchObject({ ok: false, error: { code: 'network.connectFailed', params: { code: '28P01' } } });
    if (!wrongPassword.ok) expect(describeError(wrongPassword.error)).toMatch(/mot de passe du registre refusé/);

    const unknownBase = await api['network:configure']({ server: { ...register.server, database: 'registre_inconnu' } });
    expect(unknownBase).toMatchObject({ ok: false, error: { params: { code: '3D000' } } });
    if (!unknownBase.ok) expect(describeError(unknownBase.error)).toMatch(/base du registre introuvable/);

    // A port nobody listens on: the server PC off, or PostgreSQL not started.
    const refused = await api['network:configure']({ server: { ...register.server, port: 1 } });
    expect(refused).toMatchObject({ ok: false, error: { params: { code: 'ECONNREFUSED' } } });
    if (!refused.ok) expect(describeError(refused.error)).toMatch(/ne répond pas à cette adresse/);

    // This test server offers no TLS: a counter that requires it, or pins a certificate, is refused.
    for (const asked of [{ requireTls: true }, { fingerprint: 'ab'.repeat(32) }]) {
      const inClear = await api['network:configure']({ server: { ...register.server, ...asked } });
      expect(inClear).toMatchObject({ ok: false, error: { code: 'network.connectFailed', params: { code: 'ENOTLS' } } });
      if (!inClear.ok) expect(describeError(inClear.error)).toMatch(/n’accepte pas les connexions chiffrées \(TLS\) que ce poste exige/);
    }
    const halfTyped = await api['network:configure']({ server: { ...register.server, fingerprint: 'AB12 CD34' } });
    expect(halfTyped).toMatchObject({ ok: false, error: { code: 'network.fingerprintInvalid' } });

    expect(await api['network:settings'](null)).toEqual({ ok: true, value: { server: null } });
  });

  it('joins a server that answers, keeps it for the next start, and never tells the window the password', async () => {
    const register = await server.freshRegister();
    // A folder the app has not written to yet, as at the very first set-up.
    const folder = join(await newFolder(), 'donnees');
    const api = counterApi(folder);
    const joined = await api['network:configure']({ server: register.server });
    const address = { host: register.server.host, port: register.server.port, database: register.name, user: register.server.user };
    expect(joined).toEqual({ ok: true, value: { server: address, headSeq: 0 } });

    const restarted = counterApi(folder);
    expect(await restarted['network:settings'](null)).toEqual({ ok: true, value: { server: address } });
    expect(await restarted['network:validate']({ drafts: [openingDraft()] })).toMatchObject({ ok: true, value: { events: [{ seq: 1 }] } });

    expect(await restarted['network:configure']({ server: null })).toEqual({ ok: true, value: { server: null, headSeq: 0 } });
    expect(await counterApi(folder)['network:settings'](null)).toEqual({ ok: true, value: { server: null } });
  });
});

describe('a counter while the server is away', () => {
  it('holds the validation unnumbered, sends it when the server is back, and keeps a refusal to show', async () => {
    const register = await server.freshRegister();
    const [desk, backOffice] = [counterApi(await newFolder()), counterApi(await newFolder())];
    await desk['network:configure']({ server: register.server });
    await backOffice['network:configure']({ server: register.server });
    expect(await desk['network:validate']({ drafts: [openingDraft(), productDraft(), receiptDraft()] })).toMatchObject({ ok: true });

    await server.cluster().pause();
    try {
      const held = await desk['network:validate']({ drafts: [dispensationDraft({ quantity: units(2) })] });
      expect(held).toMatchObject({ ok: false, error: { code: 'network.heldPending' } });
      if (!held.ok) expect(describeError(held.error)).toMatch(/«\s?en attente\s?» sur ce poste, sans n°\s?d’ordre/u);
      const tooMuch = await desk['network:validate']({ drafts: [dispensationDraft({ quantity: units(25) })] });
      expect(tooMuch).toMatchObject({ ok: false, error: { code: 'network.heldPending' } });
      // Still away: nothing is sent, nothing is lost.
      expect(await desk['network:sendPending'](null)).toMatchObject({ ok: true, value: { recorded: [], pending: [{}, {}] } });
    } finally {
      await server.cluster().resume();
    }
    // Meanwhile the back office took units: the held drafts are decided against the register as it is now.
    expect(await backOffice['network:validate']({ drafts: [dispensationDraft({ quantity: units(10) })] })).toMatchObject({
      ok: true,
      value: { events: [{ seq: 4 }] },
    });

    const sent = await desk['network:sendPending'](null);
    expect(sent).toMatchObject({ ok: true, value: { recorded: [[{ seq: 5, type: 'dispensation' }]], pending: [{ refusal: { code: 'stock.insufficient' } }] } });
    expect((await eventsAfter(register.counter, 0, 10)).map((event) => event.seq)).toEqual([1, 2, 3, 4, 5]);

    // The refusal stays until read, then goes; sending again sends nothing twice.
    const refusedId = sent.ok ? (sent.value.pending[0]?.id ?? '') : '';
    expect(await desk['network:sendPending'](null)).toMatchObject({ ok: true, value: { recorded: [], pending: [{ id: refusedId }] } });
    expect(await desk['network:dismissPending']({ id: refusedId })).toEqual({ ok: true, value: { pending: [] } });
    expect(await eventsAfter(register.counter, 5, 10)).toEqual([]);
  }, 60_000);
});
