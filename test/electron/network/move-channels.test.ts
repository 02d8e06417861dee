// Moving a register between the modes through the app's own channels, on a real server:
// this PC's reserve journal sent to an empty server, after which this PC is one of its
// counters; each refusal said in French with nothing written (wrong password, server away,
// a server that already holds a register, a reserve behind the register); and back: the
// server's journal written where the person chooses, then paged to the window.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateSettings } from '../../../electron/reserve/settings';
import { saveLocalKey } from '../../../electron/sealing/key-store';
import { createReserveKey } from '../../../electron/sealing/reserve-key';
import { sealedJournalFileName, sealLines } from '../../../electron/sealing/sealed-line';
import { TEST_SCRYPT_WORK_FACTOR } from '../../fixtures/sealed-package';
import { eventsAfter } from '../../../electron/network/server-state';
import { validate } from '../../../electron/network/validate';
import { appendEvents } from '../../../renderer/db/append-events';
import { describeError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { serializeLine } from '../../../shared/journal/line';
import type { RegisterEvent } from '../../../shared/register/events';
import { trackedDatabase } from '../../fixtures/database';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { accepted } from '../../fixtures/result';
import { useRegisterCluster } from '../../support/register-server';
import { mainProcessApi } from '../../fixtures/main-process';

const server = useRegisterCluster();
const NOW = new Date(2026, 2, 10, 18, 0);

/** A one-PC register's main process: its data folder, its reserve folder holding the register's journal (encrypted with `sealed`). */
async function onePc(chooseMoveBackFolder: () => Promise<string | null> = async () => null, { sealed = false } = {}) {
  const db = trackedDatabase();
  accepted(await appendEvents(db, [openingDraft(), productDraft(), receiptDraft(), dispensationDraft({ quantity: units(2) })], NOW));
  const events: RegisterEvent[] = await db.events.orderBy('seq').toArray();
  const dataFolder = await mkdtemp(join(tmpdir(), 'registre-poste-'));
  const reserve = await mkdtemp(join(tmpdir(), 'registre-reserve-'));
  if (sealed) {
    const key = await createReserveKey({ scryptWorkFactor: TEST_SCRYPT_WORK_FACTOR });
    await saveLocalKey(dataFolder, key.identity, key.sealedIdentity);
    await writeFile(join(reserve, sealedJournalFileName('REG-2026-001')), await sealLines(events, key.recipient));
  } else {
    await writeFile(join(reserve, 'REG-2026-001.journal.jsonl'), events.map(serializeLine).join(''));
  }
  await updateSettings(dataFolder, (settings) => ({ ...settings, reserveFolder: reserve }));
  const api: RegistreApi = mainProcessApi({ dataFolder, chooseMoveBackFolder });
  const last = events.at(-1)!;
  return { api, events, reserve, dataFolder, head: { seq: last.seq, hash: last.hash } };
}

describe('« Passer ce registre en réseau »', () => {
  it('sends the reserve journal to an empty server, and this PC becomes one of its counters', async () => {
    const register = await server.freshRegister();
    const { api, events, head } = await onePc();
    const moved = await api['network:moveUp']({ registerId: 'REG-2026-001', head, server: register.server });
    expect(moved).toEqual({
      ok: true,
      value: { server: { host: register.server.host, port: register.server.port, database: register.name, user: register.server.user }, head },
    });
    expect((await eventsAfter(register.counter, 0, 100)).map(serializeLine)).toEqual(events.map(serializeLine));
    expect(await api['network:settings'](null)).toMatchObject({ ok: true, value: { server: { database: register.name } } });
    expect(await api['network:moveProgress'](null)).toEqual({ ok: true, value: { phase: 'idle', done: 0, total: 0 } });
    // The register goes on from this PC, now a counter: n° 5 follows the one-PC head.
    expect(await api['network:validate']({ drafts: [dispensationDraft({ quantity: units(1) })] })).toMatchObject({
      ok: true,
      value: { events: [{ seq: 5, prevHash: head.hash }] },
    });
  }, 30_000);

  it('sends an encrypted reserve, each line opened with this PC’s key; a line changed on it sends nothing', async () => {
    const register = await server.freshRegister();
    const { api, events, reserve, head } = await onePc(undefined, { sealed: true });
    const path = join(reserve, sealedJournalFileName('REG-2026-001'));
    const lines = (await readFile(path, 'utf8')).split('\n');
    // Line 3 swapped for line 2's encrypted text: its clear seq and hash no longer match what it opens to.
    await writeFile(path, [lines[0], lines[1], lines[1], ...lines.slice(3)].join('\n'));
    const refused = await api['network:moveUp']({ registerId: 'REG-2026-001', head, server: register.server });
    expect(refused).toMatchObject({ ok: false, error: { code: 'network.moveJournalBroken' } });
    expect(await eventsAfter(register.counter, 0, 100)).toEqual([]);

    await writeFile(path, lines.join('\n'));
    accepted(await api['network:moveUp']({ registerId: 'REG-2026-001', head, server: register.server }));
    expect((await eventsAfter(register.counter, 0, 100)).map(serializeLine)).toEqual(events.map(serializeLine));
  }, 30_000);

  it('says each refusal in French, and the server and this PC stay as they were', async () => {
    const register = await server.freshRegister();
    const { api, head } = await onePc();
    const registerId = 'REG-2026-001';

    const wrongPassword = await api['network:moveUp']({ registerId, head, server: { ...register.server, password: 'pas le bon' } });
    expect(wrongPassword).toMatchObject({ ok: false, error: { code: 'network.connectFailed', params: { code: '28P01' } } });
    if (!wrongPassword.ok) expect(describeError(wrongPassword.error)).toMatch(/mot de passe du registre refusé/u);

    // A port nobody listens on: the server PC off, or PostgreSQL not started.
    const away = await api['network:moveUp']({ registerId, head, server: { ...register.server, port: 1 } });
    expect(away).toMatchObject({ ok: false, error: { code: 'network.connectFailed', params: { code: 'ECONNREFUSED' } } });
    if (!away.ok) expect(describeError(away.error)).toMatch(/ne répond pas à cette adresse/u);

    // The register has gone on past what the reserve holds.
    const behind = await api['network:moveUp']({ registerId, head: { seq: head.seq + 1, hash: head.hash }, server: register.server });
    expect(behind).toMatchObject({ ok: false, error: { code: 'network.moveJournalBehind' } });
    if (!behind.ok) expect(describeError(behind.error)).toMatch(/s’arrête au n° d’ordre 4.*jusqu’au n° 5/u);

    const noReserve = await api['network:moveUp']({ registerId: 'REG-AUTRE', head, server: register.server });
    expect(noReserve).toMatchObject({ ok: false, error: { code: 'network.moveNoJournal' } });

    expect(await eventsAfter(register.counter, 0, 100)).toEqual([]);
    expect(await api['network:settings'](null)).toEqual({ ok: true, value: { server: null } });

    accepted(await validate(register.counter, [openingDraft({ registerId: 'REG-AUTRE' })]));
    const notEmpty = await api['network:moveUp']({ registerId, head, server: register.server });
    expect(notEmpty).toMatchObject({ ok: false, error: { code: 'network.serverNotEmpty', params: { seq: '1' } } });
    if (!notEmpty.ok) expect(describeError(notEmpty.error)).toMatch(/tient déjà un registre/u);
    expect((await eventsAfter(register.counter, 0, 100)).map((event) => event.seq)).toEqual([1]);
    expect(await api['network:settings'](null)).toEqual({ ok: true, value: { server: null } });
  }, 30_000);
});

describe('« Reprendre le registre sur ce poste »', () => {
  it('writes the server’s journal to the folder chosen, verified, and pages it to the window', async () => {
    const register = await server.freshRegister();
    const folder = await mkdtemp(join(tmpdir(), 'registre-retour-'));
    let chosen: string | null = null;
    const { api, head } = await onePc(async () => chosen);
    accepted(await api['network:moveUp']({ registerId: 'REG-2026-001', head, server: register.server }));
    accepted(await api['network:validate']({ drafts: [dispensationDraft({ quantity: units(1) })] }));

    expect(await api['network:readMovedBack']({ cursor: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'network.moveBackMissing' } });
    const cancelled = await api['network:moveBack'](null);
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'network.moveBackCancelled' } });
    expect(await readdir(folder)).toEqual([]);

    chosen = folder;
    const back = accepted(await api['network:moveBack'](null));
    const onServer = await eventsAfter(register.counter, 0, 100);
    expect(back).toEqual({ registerId: 'REG-2026-001', head: { seq: 5, hash: onServer.at(-1)?.hash }, path: join(folder, 'REG-2026-001.journal.jsonl') });
    const first = accepted(await api['network:readMovedBack']({ cursor: 0, limit: 3 }));
    const rest = accepted(await api['network:readMovedBack']({ cursor: first.nextCursor, limit: 10 }));
    expect([...first.events, ...rest.events].map(serializeLine)).toEqual(onServer.map(serializeLine));
    expect(rest.done).toBe(true);
    // Still a counter until the window has taken the register in.
    expect(await api['network:settings'](null)).toMatchObject({ ok: true, value: { server: { database: register.name } } });
  }, 30_000);
});
