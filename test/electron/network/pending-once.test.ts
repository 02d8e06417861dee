// A validation held « en attente » is recorded once, even when the app stops after the
// server committed it and before the file of held validations was rewritten: the act is
// sent under its key, kept by the server in the same transaction as the events, and the
// next send is answered with what was already recorded. A real server.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PENDING_FILE, pendingQueue } from '../../../electron/network/pending-drafts';
import { eventsAfter } from '../../../electron/network/server-state';
import { LOCK_TIMEOUT_MS, validate } from '../../../electron/network/validate';
import { replayJournal } from '../../../shared/register/replay';
import { accepted } from '../../fixtures/result';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { NOW } from '../../renderer/db/every-draft';
import { useRegisterCluster, type TestRegister } from '../../support/register-server';

const server = useRegisterCluster();

/** The app stopping: nothing after this point of the send runs. */
class AppStopped extends Error {}

async function heldDispensation(register: TestRegister) {
  accepted(await validate(register.counter, [openingDraft(), productDraft(), receiptDraft()], NOW));
  const folder = await mkdtemp(join(tmpdir(), 'registre-poste-'));
  const held = await pendingQueue(folder).hold([dispensationDraft({ quantity: units(2) })], NOW);
  return { folder, held };
}

/** Sends the held validations, and stops the app right after the server's commit, before the file is rewritten. */
async function sendAndStopAfterCommit(folder: string, register: TestRegister, withKey: boolean) {
  const stopped = pendingQueue(folder).send(async (drafts, key) => {
    accepted(await validate(register.counter, drafts, undefined, LOCK_TIMEOUT_MS, withKey ? key : undefined));
    throw new AppStopped();
  });
  await expect(stopped).rejects.toBeInstanceOf(AppStopped);
}

describe('a held validation sent again after the app stopped between commit and rewrite', () => {
  it('is recognised by the server as already recorded, and recorded once', async () => {
    const register = await server.freshRegister();
    const { folder, held } = await heldDispensation(register);
    await sendAndStopAfterCommit(folder, register, true);
    // The server holds it; the file still says it waits.
    expect((await eventsAfter(register.counter, 3, 10)).map((event) => event.type)).toEqual(['dispensation']);
    expect(await readFile(join(folder, PENDING_FILE), 'utf8')).toContain(held.id);

    // The app restarts: a new queue on the same folder, sending as the main process does.
    const sent = await pendingQueue(folder).send((drafts, key) => validate(register.counter, drafts, undefined, LOCK_TIMEOUT_MS, key));
    expect(sent).toMatchObject({ recorded: [[{ seq: 4, type: 'dispensation' }]], pending: [] });
    const all = await eventsAfter(register.counter, 0, 100);
    expect(all.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    expect(replayJournal(all)).toBeNull();
    expect(await pendingQueue(folder).list()).toEqual([]);
  }, 30_000);

  it('would be recorded twice without the key (what the key prevents)', async () => {
    const register = await server.freshRegister();
    const { folder } = await heldDispensation(register);
    await sendAndStopAfterCommit(folder, register, false);
    await pendingQueue(folder).send((drafts) => validate(register.counter, drafts, undefined, LOCK_TIMEOUT_MS));
    expect((await eventsAfter(register.counter, 3, 10)).map((event) => event.type)).toEqual(['dispensation', 'dispensation']);
  }, 30_000);

  it('keeps the key beside the events, append-only, without touching the journal', async () => {
    const register = await server.freshRegister();
    const { folder, held } = await heldDispensation(register);
    await pendingQueue(folder).send((drafts, key) => validate(register.counter, drafts, undefined, LOCK_TIMEOUT_MS, key));
    const { rows } = await register.owner.query('SELECT key, first_seq, last_seq FROM register_submissions');
    expect(rows).toEqual([{ key: held.id, first_seq: 4, last_seq: 4 }]);
    const [event] = await eventsAfter(register.counter, 3, 1);
    expect(JSON.stringify(event)).not.toContain(held.id);
    for (const change of ['UPDATE register_submissions SET last_seq = 3', 'DELETE FROM register_submissions']) {
      await expect(register.counter.query(change)).rejects.toMatchObject({ code: '42501' });
      await expect(register.owner.query(change)).rejects.toMatchObject({ code: 'RG001' });
    }
  }, 30_000);
});
