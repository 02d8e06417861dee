// The shared register's write door on a real PostgreSQL: the same act as on one PC,
// event for event, its refusals in the same French, nothing kept of a refused act.
import { describe, expect, it } from 'vitest';
import { record } from '../../../renderer/db/record';
import { stateRow } from '../../../renderer/db/state-row';
import { eventsAfter } from '../../../electron/network/server-state';
import { validate } from '../../../electron/network/validate';
import { openRegisterPool } from '../../../electron/network/register-pool';
import { describeError } from '../../../shared/errors';
import { frenchTypography } from '../../../shared/french';
import { verifyChain } from '../../../shared/register/chain';
import type { RegisterEvent } from '../../../shared/register/events';
import { foldEvents } from '../../../shared/register/fold';
import { replayJournal } from '../../../shared/register/replay';
import { toStateRecord, type StateRecord } from '../../../shared/register/state-record';
import type { Draft } from '../../../shared/register/validate';
import { trackedDatabase } from '../../fixtures/database';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { NOW, officineDrafts, veterinaryDrafts } from '../../renderer/db/every-draft';
import { useRegisterCluster } from '../../support/register-server';
import type pg from 'pg';

const server = useRegisterCluster();

async function allEvents(pool: pg.Pool): Promise<RegisterEvent[]> {
  return eventsAfter(pool, 0, 100_000);
}

async function storedState(pool: pg.Pool): Promise<StateRecord | null> {
  const { rows } = await pool.query<{ record: StateRecord | null }>('SELECT record FROM register_state');
  return rows[0]?.record ?? null;
}

async function head(pool: pg.Pool): Promise<{ seq: number; hash: string }> {
  const { rows } = await pool.query<{ seq: number; hash: string }>('SELECT seq, hash FROM register_head');
  return rows[0] as { seq: number; hash: string };
}

describe('validate: one transaction on the shared register', () => {
  it('writes every kind of event exactly as the one-PC door does, byte for byte, with the same state', async () => {
    for (const drafts of [officineDrafts(), veterinaryDrafts()]) {
      const { counter } = await server.freshRegister();
      const db = trackedDatabase();
      for (const [index, draft] of drafts.entries()) {
        const shared = await validate(counter, [draft], NOW);
        const local = await record(db, [draft], NOW);
        expect(shared, `n° ${index + 1} (${draft.body.type})`).toEqual(local);
      }
      const events = await allEvents(counter);
      expect(events).toEqual(await db.events.orderBy('seq').toArray());
      expect(verifyChain(events)).toBeNull();
      expect(replayJournal(events)).toBeNull();
      const { key: _key, ...localState } = stateRow(foldEvents(events));
      expect(await storedState(counter)).toEqual(JSON.parse(JSON.stringify(localState)));
      expect(await head(counter)).toEqual({ seq: events.length, hash: events.at(-1)?.hash });
    }
  });

  it('records an act of several drafts as one: all numbered in order, or none', async () => {
    const { counter } = await server.freshRegister();
    const events = accepted(await validate(counter, [openingDraft(), productDraft(), receiptDraft({ quantity: units(3) })], NOW));
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3]);
    const refused = await validate(counter, [dispensationDraft({ quantity: units(2) }), dispensationDraft({ quantity: units(2) })], NOW);
    expect(refused).toEqual({ ok: false, error: { code: 'stock.insufficient', field: 'quantity', params: { available: '1', requested: '2' } } });
    expect(describeError(refusal(refused))).toMatch(/^Stock insuffisant/);
    // The first dispensation of the refused act was numbered 4 inside the transaction, then rolled back.
    expect(await head(counter)).toEqual({ seq: 3, hash: events[2]?.hash });
    expect((await allEvents(counter)).map((event) => event.seq)).toEqual([1, 2, 3]);
    const next = accepted(await validate(counter, [dispensationDraft({ quantity: units(3) })], NOW));
    expect(next.map((event) => event.seq)).toEqual([4]);
    expect(next[0]?.prevHash).toBe(events[2]?.hash);
  });

  it('folds the state again from the events when its row is missing, and goes on from it', async () => {
    const { counter, owner } = await server.freshRegister();
    accepted(await validate(counter, [openingDraft(), productDraft(), receiptDraft()], NOW));
    await owner.query('UPDATE register_state SET record = NULL');
    accepted(await validate(counter, [dispensationDraft({ quantity: units(30) })], NOW));
    expect(refusal(await validate(counter, [dispensationDraft({ quantity: units(1) })], NOW)).code).toBe('stock.insufficient');
    const events = await allEvents(counter);
    expect(await storedState(counter)).toEqual(JSON.parse(JSON.stringify(toStateRecord(foldEvents(events)))));
  });

  it('says the register is busy when another counter holds the head too long, and numbers nothing', async () => {
    const { counter, owner } = await server.freshRegister();
    accepted(await validate(counter, [openingDraft()], NOW));
    const holder = await owner.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT seq FROM register_head FOR UPDATE');
      const busy = await validate(counter, [productDraft()], NOW, 200);
      expect(refusal(busy)).toMatchObject({ code: 'network.failed', params: { code: '55P03' } });
      expect(describeError(refusal(busy))).toContain('occupé par un autre poste');
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect(accepted(await validate(counter, [productDraft()], NOW)).map((event) => event.seq)).toEqual([2]);
  });

  it('says in French that the server cannot be reached, and numbers nothing', async () => {
    const { server: settings } = await server.freshRegister();
    const away = openRegisterPool({ ...settings, port: 1 });
    const result = await validate(away, [openingDraft() as Draft], NOW);
    await away.end();
    expect(refusal(result)).toMatchObject({ code: 'network.failed', params: { code: 'ECONNREFUSED' } });
    expect(describeError(refusal(result))).toBe(
      frenchTypography(
        'Le registre partagé n’a pas répondu : le serveur ne répond pas à cette adresse (est-il allumé et démarré ?) (ECONNREFUSED). Aucun n° d’ordre n’a été donné : l’opération n’est pas inscrite.',
      ),
    );
    const wrong = openRegisterPool({ ...settings, password: 'pas le bon' });
    const denied = await validate(wrong, [openingDraft()], NOW);
    await wrong.end();
    expect(describeError(refusal(denied))).toContain('mot de passe du registre refusé');
  });
});
