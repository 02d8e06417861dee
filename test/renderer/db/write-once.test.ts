import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../renderer/db/database';
import type { RegisterEvent } from '../../../shared/register/events';
import { canonicalJson } from '../../../shared/register/seal';
import { toMilli } from '../../../shared/register/quantity';
import { openingDraft, productDraft } from '../../fixtures/drafts';
import { trackedDatabase } from '../../fixtures/database';
import { sealedSlice } from '../../fixtures/events';
import { accepted } from '../../fixtures/result';

const NOW = new Date(2026, 2, 10, 9, 30);

/** A register holding its opening and one product definition. */
async function seededRegister(): Promise<{ db: RegisterDatabase; opening: RegisterEvent }> {
  const db = trackedDatabase();
  const opening = accepted(await appendEvent(db, openingDraft(), NOW));
  accepted(await appendEvent(db, productDraft(), NOW));
  return { db, opening };
}

const forged = (event: RegisterEvent): RegisterEvent => ({ ...event, registerId: 'FAUX' }) as RegisterEvent;

const refusedWrites: [string, (db: RegisterDatabase, opening: RegisterEvent) => Promise<unknown>][] = [
  ['update', (db) => db.events.update(1, { operationDate: '2020-01-01' })],
  ['put', (db, opening) => db.events.put(forged(opening))],
  ['bulkPut', (db, opening) => db.events.bulkPut([forged(opening)])],
  ['delete', (db) => db.events.delete(1)],
  ['bulkDelete', (db) => db.events.bulkDelete([1, 2])],
  ['where().modify', (db) => db.events.where('seq').equals(1).modify({ operationDate: '2020-01-01' })],
  ['where().delete', (db) => db.events.where('seq').aboveOrEqual(1).delete()],
  ['clear', (db) => db.events.clear()],
];

describe('write-once events table', () => {
  it.each(refusedWrites)('refuses %s and leaves the stored events as they were', async (_operation, write) => {
    const { db, opening } = await seededRegister();
    const before = await db.events.toArray();

    await expect(write(db, opening)).rejects.toThrow(/Écriture refusée/);

    const stored = await db.events.get(1);
    expect(stored).toStrictEqual(opening);
    expect(canonicalJson(stored)).toBe(canonicalJson(opening));
    expect(await db.events.count()).toBe(2);
    expect(await db.events.toArray()).toStrictEqual(before);
  });

  it('still adds an event with the next seq', async () => {
    const { db } = await seededRegister();
    const [, , receipt] = sealedSlice();
    await db.events.add(receipt!);
    expect(await db.events.count()).toBe(3);
    expect(await db.events.get(3)).toStrictEqual(receipt);
  });

  it('refuses to overwrite an event by adding another with the same seq', async () => {
    const { db, opening } = await seededRegister();
    await expect(db.events.add(forged(opening))).rejects.toThrow();
    expect(await db.events.get(1)).toStrictEqual(opening);
  });
});

describe('monthly totals', () => {
  it('stay writable: put, update and delete go through', async () => {
    const db = trackedDatabase();
    const key: [string, string] = ['P2', '2026-03'];
    const zero = toMilli(0);
    await db.monthlyTotals.put({ productId: 'P2', month: '2026-03', entries: toMilli(1000), exits: zero, quarantineEntries: zero, quarantineExits: zero });
    await db.monthlyTotals.update(key, { exits: toMilli(400) });
    expect(await db.monthlyTotals.get(key)).toEqual({ productId: 'P2', month: '2026-03', entries: 1000, exits: 400, quarantineEntries: 0, quarantineExits: 0 });
    await db.monthlyTotals.delete(key);
    expect(await db.monthlyTotals.count()).toBe(0);
  });
});
