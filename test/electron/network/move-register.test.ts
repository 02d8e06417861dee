// Moving a register between the modes, on a real server: a one-PC register (IndexedDB)
// written as its journal, verified whole and uploaded to an empty server, where the
// counters go on from its head; refused on a server that already holds a register, and
// for a journal that is not intact; and back: the server's journal exported to a
// `.journal.jsonl` that the one-PC restore takes in.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportServerJournal, journalFileLines, uploadRegister } from '../../../electron/network/move-register';
import { eventsAfter } from '../../../electron/network/server-state';
import { LOCK_TIMEOUT_MS, validate } from '../../../electron/network/validate';
import { readJournal } from '../../../electron/files/read-journal';
import { appendEvents } from '../../../renderer/db/append-events';
import { importEvents } from '../../../renderer/db/import-events';
import { productStock } from '../../../renderer/db/queries';
import { RESTORE_KEY } from '../../../renderer/db/restore-marker';
import { describeError } from '../../../shared/errors';
import { serializeLine } from '../../../shared/journal/line';
import type { RegisterEvent } from '../../../shared/register/events';
import { replayJournal } from '../../../shared/register/replay';
import { trackedDatabase } from '../../fixtures/database';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { accepted } from '../../fixtures/result';
import { useRegisterCluster } from '../../support/register-server';

const server = useRegisterCluster();
const NOW = new Date(2026, 2, 10, 18, 0);

/** A register kept on one PC, and its journal file as the reserve holds it. */
async function onePcJournal(): Promise<{ path: string; events: RegisterEvent[] }> {
  const db = trackedDatabase();
  accepted(await appendEvents(db, [openingDraft(), productDraft(), receiptDraft(), dispensationDraft({ quantity: units(2) })], NOW));
  const events = await db.events.orderBy('seq').toArray();
  const path = join(await mkdtemp(join(tmpdir(), 'registre-deplacement-')), 'REG-2026-001.journal.jsonl');
  await writeFile(path, events.map(serializeLine).join(''));
  return { path, events };
}

/** Uploads a clear journal file, as the reserve holds it. */
const uploadFile = (pool: Parameters<typeof uploadRegister>[0], path: string, options?: Parameters<typeof uploadRegister>[3]) =>
  uploadRegister(pool, journalFileLines(path), 'REG-2026-001.journal.jsonl', options);

describe('moving a one-PC register to a server', () => {
  it('uploads the verified journal as it was sealed, and the counters go on from its head', async () => {
    const register = await server.freshRegister();
    const { path, events } = await onePcJournal();
    const sent: number[] = [];
    expect(await uploadFile(register.counter, path, { onProgress: (seq) => sent.push(seq) })).toEqual({
      ok: true,
      value: { seq: 4, hash: events.at(-1)?.hash },
    });
    expect(sent.at(-1)).toBe(4);
    expect((await eventsAfter(register.counter, 0, 100)).map(serializeLine)).toEqual(events.map(serializeLine));

    const next = accepted(await validate(register.counter, [dispensationDraft({ quantity: units(3) })], undefined, LOCK_TIMEOUT_MS));
    expect(next).toMatchObject([{ seq: 5, prevHash: events.at(-1)?.hash }]);
    expect(replayJournal(await eventsAfter(register.counter, 0, 100))).toBeNull();
  }, 30_000);

  it('keeps the lots’ attributions as the server’s own validations would have, batch by batch', async () => {
    const drafts = [openingDraft(), productDraft(), receiptDraft({ lot: 'L1', quantity: units(600) }), receiptDraft({ lot: 'L2', quantity: units(600) })];
    for (let day = 0; day < 700; day += 1) drafts.push(dispensationDraft({ quantity: units(1) }));
    const db = trackedDatabase();
    accepted(await appendEvents(db, drafts, NOW));
    const path = join(await mkdtemp(join(tmpdir(), 'registre-deplacement-')), 'REG-2026-001.journal.jsonl');
    await writeFile(path, (await db.events.orderBy('seq').toArray()).map(serializeLine).join(''));
    const uploaded = await server.freshRegister();
    accepted(await uploadFile(uploaded.counter, path));
    // The same register validated on a server, act by act.
    const validated = await server.freshRegister();
    for (const draft of drafts) accepted(await validate(validated.counter, [draft], undefined, LOCK_TIMEOUT_MS));
    const allocations = async (pool: typeof uploaded.counter) =>
      (await pool.query<{ seq: number; parts: unknown }>('SELECT seq, parts FROM register_lot_allocations ORDER BY seq')).rows;
    const kept = await allocations(uploaded.counter);
    expect(kept.length).toBeGreaterThan(500);
    expect(kept).toEqual(await allocations(validated.counter));
  }, 120_000);

  it('uploads to a server whose schema is older than version 6, the head moved after every event', async () => {
    const register = await server.freshRegister(4);
    const { path, events } = await onePcJournal();
    accepted(await uploadFile(register.owner, path));
    expect((await eventsAfter(register.counter, 0, 100)).map(serializeLine)).toEqual(events.map(serializeLine));
    const { rows } = await register.owner.query<{ seq: string }>('SELECT seq FROM register_head');
    expect(rows.map((row) => Number(row.seq))).toEqual([4]);
  }, 30_000);

  it('is refused on a server that already holds a register, which stays as it was', async () => {
    const register = await server.freshRegister();
    accepted(await validate(register.counter, [openingDraft({ registerId: 'REG-AUTRE' })]));
    const { path } = await onePcJournal();
    const refused = await uploadFile(register.counter, path);
    expect(refused).toMatchObject({ ok: false, error: { code: 'network.serverNotEmpty', params: { seq: '1' } } });
    if (!refused.ok) expect(describeError(refused.error)).toMatch(/tient déjà un registre.*rien n’a été envoyé/u);
    expect((await eventsAfter(register.counter, 0, 100)).map((event) => event.seq)).toEqual([1]);
  }, 30_000);

  it('is refused for a journal that is not intact, and nothing reaches the server', async () => {
    const register = await server.freshRegister();
    const { path } = await onePcJournal();
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines[3] = lines[3]!.replace('"quantity":2000', '"quantity":1000');
    await writeFile(path, lines.join('\n'));
    const refused = await uploadFile(register.counter, path);
    expect(refused).toMatchObject({ ok: false, error: { code: 'network.moveJournalBroken' } });
    if (!refused.ok) expect(describeError(refused.error)).toMatch(/Ligne 4.*Rien n’a été envoyé au serveur/su);
    expect(await eventsAfter(register.counter, 0, 100)).toEqual([]);
  }, 30_000);

  it('refuses a journal broken after whole batches were sent, and the server holds none of them', async () => {
    // Streamed batch by batch in one transaction: the batches before the break are rolled back with it.
    const register = await server.freshRegister();
    const db = trackedDatabase();
    const drafts = [openingDraft(), productDraft(), receiptDraft({ quantity: units(5000) })];
    for (let day = 0; day < 1200; day += 1) drafts.push(dispensationDraft({ quantity: units(1) }));
    accepted(await appendEvents(db, drafts, NOW));
    const events = await db.events.orderBy('seq').toArray();
    const path = join(await mkdtemp(join(tmpdir(), 'registre-deplacement-')), 'REG-2026-001.journal.jsonl');
    const lines = events.map(serializeLine);
    lines[1100] = lines[1100]!.replace('"quantity":1000', '"quantity":2000');
    await writeFile(path, lines.join(''));
    const sent: number[] = [];
    const refused = await uploadFile(register.counter, path, { onProgress: (seq) => sent.push(seq) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'network.moveJournalBroken' } });
    if (!refused.ok) expect(describeError(refused.error)).toMatch(/Ligne 1101/u);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(await eventsAfter(register.counter, 0, 100)).toEqual([]);
    const { rows } = await register.counter.query<{ seq: string }>('SELECT seq FROM register_head');
    expect(rows.map((row) => Number(row.seq))).toEqual([0]);
  }, 60_000);

  it('refuses a journal that stops before the register it comes from, and writes nothing', async () => {
    const register = await server.freshRegister();
    const { path, events } = await onePcJournal();
    const last = events.at(-1)!;
    const refused = await uploadFile(register.counter, path, { expected: { seq: last.seq + 1, hash: last.hash } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'network.moveJournalBehind', params: { journal: '4', database: '5' } } });
    expect(await eventsAfter(register.counter, 0, 100)).toEqual([]);
  }, 30_000);
});

describe('moving a register from the server back to one PC', () => {
  it('exports the server’s journal intact, which the one-PC restore takes in', async () => {
    const register = await server.freshRegister();
    const { path } = await onePcJournal();
    accepted(await uploadFile(register.counter, path));
    accepted(await validate(register.counter, [dispensationDraft({ quantity: units(3) })]));
    const folder = await mkdtemp(join(tmpdir(), 'registre-retour-'));

    const exported = accepted(await exportServerJournal(register.counter, folder));
    expect(exported).toMatchObject({ path: join(folder, 'REG-2026-001.journal.jsonl'), registerId: 'REG-2026-001', head: { seq: 5 } });
    expect(await readdir(folder)).toEqual(['REG-2026-001.journal.jsonl']);
    const onServer = await eventsAfter(register.counter, 0, 100);
    expect(await readFile(join(folder, 'REG-2026-001.journal.jsonl'), 'utf8')).toBe(onServer.map(serializeLine).join(''));

    // The one-PC restore: the journal read and verified, its events taken into a new IndexedDB.
    const read: RegisterEvent[] = [];
    expect(await readJournal(join(folder, 'REG-2026-001.journal.jsonl'), (event) => read.push(event))).toMatchObject({ ok: true, lastSeq: 5 });
    const db = trackedDatabase();
    const last = read.at(-1)!;
    const marker = {
      key: RESTORE_KEY,
      source: 'reserve',
      registerId: 'REG-2026-001',
      establishmentName: 'Pharmacie du Port',
      target: { seq: last.seq, hash: last.hash },
      startedAt: NOW.toISOString(),
    } as const;
    expect(await importEvents(db, read, marker)).toEqual({ ok: true, value: { seq: 5, hash: last.hash } });
    expect((await productStock(db, 'P2')).total).toBe(units(25));
  }, 30_000);
});
