// The two-thread chain check, both halves run here in one thread: the window's half up
// to an order number and the worker's half after it (checkSegment), joined. Wherever the
// register is cut, the verdict must be the one-thread check's, to the order number: on a
// register intact, altered, resealed, forked, with a gap, or holding a value that has no
// canonical form.
import { describe, expect, it } from 'vitest';
import { checkDatabaseChain, checkInTwo, checkInWindow, type SegmentChecker } from '../../../../renderer/features/integrity/check-database';
import { eventPages } from '../../../../renderer/features/integrity/read-pages';
import { checkSegment } from '../../../../renderer/features/integrity/segments';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import type { RegisterEvent } from '../../../../shared/register/events';
import { toMilli } from '../../../../shared/register/quantity';
import { trackedDatabase } from '../../../fixtures/database';
import { openingDraft, productDraft, receiptDraft } from '../../../fixtures/drafts';
import { reseal, sealAll } from '../../../fixtures/events';
import { dexieStore } from '../../../../renderer/db/dexie-store';

/** `count` events in one chain; from index `branchAt` on, the receipts are of another lot. */
function longChain(count: number, branchAt = count): RegisterEvent[] {
  const receipt = (index: number) => receiptDraft({ deliveryRef: `BL-${index}`, lot: index + 2 >= branchAt ? 'L2' : 'L1' });
  return sealAll([openingDraft(), productDraft(), ...Array.from({ length: count - 2 }, (_, index) => receipt(index))]);
}

async function databaseWith(events: readonly RegisterEvent[]) {
  const db = trackedDatabase();
  await db.events.bulkAdd([...events]);
  return db;
}

/**
 * Pages of 20 events, and registers of two pages and a bit: every page boundary the
 * application's pages of 2 000 have, at a hundredth of the hashing. (The whole check of
 * 4 321 events, cut 15 ways, took seconds, and more than the test's budget when the
 * machine was busy.)
 */
const PAGE_SIZE = 20;
const COUNT = 43;

/** The worker's half, in this thread: what chain-check.worker.ts runs over the same database. */
function inThisThread(db: RegisterDatabase): SegmentChecker {
  return (after) => checkSegment(eventPages(dexieStore(db), { after, pageSize: PAGE_SIZE }));
}

function settle(verdict: Promise<unknown>) {
  return verdict.then(
    (value) => ({ value }),
    (error: unknown) => ({ thrown: error instanceof Error ? error.message : String(error) }),
  );
}

// Cuts at the first event, on and around a page boundary, on and around the events
// concerned, past the end.
const SPLITS = [0, 1, 2, 10, 19, 20, 21, 22, 29, 30, 31, 32, 42, 43, 99];

/** The one-thread verdict, and the two-thread one for every cut: all alike. */
async function expectSameEverywhere(events: readonly RegisterEvent[], expected: unknown) {
  const db = await databaseWith(events);
  expect(await settle(checkInWindow(dexieStore(db), { pageSize: PAGE_SIZE }))).toEqual(expected);
  // Without workers (here, jsdom), the application's entry point is the one-thread check.
  expect(await settle(checkDatabaseChain(dexieStore(db)))).toEqual(expected);
  for (const split of SPLITS) expect({ split, verdict: await settle(checkInTwo(dexieStore(db), split, inThisThread(db), PAGE_SIZE)) }).toEqual({ split, verdict: expected });
}

describe('the two-thread chain check', () => {
  it('finds an intact register intact, up to the same head, wherever it is cut', async () => {
    const events = longChain(COUNT);
    await expectSameEverywhere(events, { value: { ok: true, events: COUNT, head: { seq: COUNT, hash: events[COUNT - 1]?.hash } } });
  });

  it('finds an empty register intact', async () => {
    await expectSameEverywhere([], { value: { ok: true, events: 0, head: null } });
  });

  it('names the same altered event', async () => {
    const events = longChain(COUNT);
    events[30] = { ...events[30], quantity: toMilli(1) } as RegisterEvent;
    await expectSameEverywhere(events, { value: { ok: false, error: { code: 'integrity.hash', params: { seq: '31' } } } });
  });

  it('names the same first altered event when two are', async () => {
    const events = longChain(COUNT);
    events[15] = { ...events[15], quantity: toMilli(1) } as RegisterEvent;
    events[30] = { ...events[30], quantity: toMilli(1) } as RegisterEvent;
    await expectSameEverywhere(events, { value: { ok: false, error: { code: 'integrity.hash', params: { seq: '16' } } } });
  });

  it('names the same event after one resealed', async () => {
    const events = longChain(COUNT);
    events[19] = reseal(events[19]!, { quantity: toMilli(1) });
    await expectSameEverywhere(events, { value: { ok: false, error: { code: 'integrity.prevHash', params: { seq: '21' } } } });
  });

  it('names the same gap', async () => {
    const events = longChain(COUNT).filter((event) => event.seq !== 21);
    await expectSameEverywhere(events, { value: { ok: false, error: { code: 'integrity.gap', params: { seq: '22', expected: '21' } } } });
  });

  it('names the same first event of the other branch of a fork', async () => {
    // Two registers sharing their first 25 events: the first 30 of one, then the rest of the other.
    const trunk = longChain(COUNT);
    const branch = longChain(COUNT, 25);
    expect(branch[24]).toEqual(trunk[24]);
    expect(branch[25]?.hash).not.toBe(trunk[25]?.hash);
    await expectSameEverywhere([...trunk.slice(0, 30), ...branch.slice(30)], { value: { ok: false, error: { code: 'integrity.prevHash', params: { seq: '31' } } } });
  });

  it('fails the same way on a value that has no canonical form, after the links before it', async () => {
    const events = longChain(COUNT);
    events[30] = { ...events[30], quantity: Number.NaN } as RegisterEvent;
    await expectSameEverywhere(events, { thrown: 'NaN is not allowed' });
    // With a gap on that very event, the gap is named first.
    await expectSameEverywhere(
      events.filter((event) => event.seq !== 30),
      { value: { ok: false, error: { code: 'integrity.gap', params: { seq: '31', expected: '30' } } } },
    );
  });
});
