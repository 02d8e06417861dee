// The events table keeps what was validated: the counters' role is granted no change or
// removal, and the table's triggers refuse them from anyone, its owner included. What
// the owner can still do (take the triggers off) is tried too: the chain then shows it.
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { networkError } from '../../../electron/network/network-errors';
import { eventsAfter } from '../../../electron/network/server-state';
import { validate } from '../../../electron/network/validate';
import { describeError } from '../../../shared/errors';
import { verifyChain } from '../../../shared/register/chain';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { accepted } from '../../fixtures/result';
import { NOW } from '../../renderer/db/every-draft';
import { useRegisterCluster, type TestRegister } from '../../support/register-server';

const server = useRegisterCluster();

async function openedRegister(): Promise<TestRegister> {
  const register = await server.freshRegister();
  accepted(await validate(register.counter, [openingDraft(), productDraft(), receiptDraft(), dispensationDraft({ quantity: units(2) })], NOW));
  return register;
}

async function refusal(pool: pg.Pool, sql: string): Promise<{ code: string }> {
  return pool.query(sql).then(
    () => ({ code: 'accepté' }),
    (error: { code: string }) => ({ code: error.code }),
  );
}

const CHANGES = [
  "UPDATE register_events SET event = '{}' WHERE seq = 4",
  'DELETE FROM register_events WHERE seq = 4',
  'TRUNCATE register_events CASCADE',
  "UPDATE register_lot_allocations SET parts = '[]'",
  'DELETE FROM register_lot_allocations',
];

describe('the events table, append-only', () => {
  it('refuses the counters’ role any change or removal: not granted', async () => {
    const { counter } = await openedRegister();
    for (const sql of CHANGES) expect(await refusal(counter, sql), sql).toEqual({ code: '42501' });
    expect(await eventsAfter(counter, 0, 10)).toHaveLength(4);
  });

  it('refuses them from the owner as well, by its triggers, worded as on one PC', async () => {
    const { owner } = await openedRegister();
    for (const sql of CHANGES) expect(await refusal(owner, sql), sql).toEqual({ code: 'RG001' });
    const error = await owner.query('DELETE FROM register_events WHERE seq = 4').catch((failure: unknown) => failure);
    expect(describeError(networkError(error) ?? { code: 'unexpected' })).toBe(
      'Un mouvement validé ne peut être ni modifié ni supprimé : enregistrez une correction.'.replace(' :', '\u202f:'),
    );
  });

  it('refuses an event that does not follow the head, and a head that does not name the last event, from a counter that skips the lock', async () => {
    const { counter } = await openedRegister();
    const [fourth] = await eventsAfter(counter, 3, 1);
    const forged = { ...fourth, seq: 6 };
    const insert = (seq: number, prevHash: string, hash: string) =>
      counter
        .query("INSERT INTO register_events (seq, prev_hash, hash, type, event) VALUES ($1, $2, $3, 'receipt', $4::json)", [
          seq,
          prevHash,
          hash,
          JSON.stringify(forged),
        ])
        .then(
          () => 'accepté',
          (error: { code: string }) => error.code,
        );
    // A gap (n° 6 after n° 4), and a fork (a second n° 4 after n° 3): the trigger answers before the unique keys.
    expect(await insert(6, fourth?.hash ?? '', 'f'.repeat(64))).toBe('RG001');
    expect(await insert(4, fourth?.prevHash ?? '', 'e'.repeat(64))).toBe('RG001');
    expect(await refusal(counter, 'UPDATE register_head SET seq = 2')).toEqual({ code: 'RG001' });
    expect(await refusal(counter, "UPDATE register_head SET seq = 5, hash = 'x'")).toEqual({ code: 'RG001' });
  });

  it('cannot stop its owner from taking the triggers off: the chain then names the event changed', async () => {
    // The owner of a database can alter its tables: the guarantee against them is the chain
    // and the reserve journal on a second medium, not the database (docs/decisions/0029).
    const { owner } = await openedRegister();
    await owner.query('ALTER TABLE register_events DISABLE TRIGGER register_events_append_only');
    const [fourth] = await eventsAfter(owner, 3, 1);
    await owner.query('UPDATE register_events SET event = $1::json WHERE seq = 4', [JSON.stringify({ ...fourth, quantity: units(5) })]);
    expect(verifyChain(await eventsAfter(owner, 0, 10))).toEqual({ kind: 'hash', seq: 4 });
  });
});
