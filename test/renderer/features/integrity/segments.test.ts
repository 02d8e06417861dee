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

/** The worker's half, in this thread: what chain-check.worker.ts runs over the same database. */
function inThisThread(db: RegisterDatabase): SegmentChecker {
  return (after) => checkSegment(eventPages(db, { after }));
}

function settle(verdict: Promise<unknown>) {
  return verdict.then(
    (value) => ({ value }),
    (error: unknown) => ({ thrown: error instanceof Error ? error.message : String(error) }),
  );
}

// Cuts at the first event, on and around a page boundary, on and around the events
// concerned, past the end.
const SPLITS = [0, 1, 2, 1_000, 1_999, 2_000, 2_001, 2_002, 2_999, 3_000, 3_001, 3_002, 4_320, 4_321, 9_999];

/** The one-thread verdict, and the two-thread one for every cut: all alike. */
async function expectSameEverywhere(events: readonly RegisterEvent[], expected: unknown) {
  const db = await databaseWith(events);
  expect(await settle(checkInWindow(db))).toEqual(expected);
  // Without workers (here, jsdom), the application's entry point is the one-thread check.
  expect(await settle(checkDatabaseChain(db))).toEqual(expected);
  for (const split of SPLITS) expect({ split, verdict: await settle(checkInTwo(db, split, inThisThread(db))) }).toEqual({ split, verdict: expected });
}

describe('the two-thread chain check', () => {
  it('finds an intact register intact, up to the same head, wherever it is cut', async () => {
    const events = longChain(4_321);
    await expectSameEverywhere(events, { value: { ok: true, events: 4_321, head: { seq: 4_321, hash: events[4_320]?.hash } } });
  });

  it('finds an empty register intact', async () => {
    await expectSameEverywhere([], { value: { ok: true, events: 0, head: null } });
  });

  it('names the same altered event', async () => {
    const events = longChain(4_321);
    events[3_000] = { ...events[3_000], quantity: toMilli(1) } as RegisterEvent;
    await expectSameEverywhere(events, { value: { ok: false, error: { code: 'integrity.hash', params: { seq: '3001' } } } });
  });

  it('names the same first altered event when two are', async () => {
    const events = longChain(4_321);
    events[1_500] = { ...events[1_500], quantity: toMilli(1) } as RegisterEvent;
    events[3_000] = { ...events[3_000], quantity: toMilli(1) } as RegisterEvent;
    await expectSameEverywhere(events, { value: { ok: false, error: { code: 'integrity.hash', params: { seq: '1501' } } } });
  });

  it('names the same event after one resealed', async () => {
    const events = longChain(4_321);
    events[1_999] = reseal(events[1_999]!, { quantity: toMilli(1) });
    await expectSameEverywhere(events, { value: { ok: false, error: { code: 'integrity.prevHash', params: { seq: '2001' } } } });
  });

  it('names the same gap', async () => {
    const events = longChain(4_321).filter((event) => event.seq !== 2_001);
    await expectSameEverywhere(events, { value: { ok: false, error: { code: 'integrity.gap', params: { seq: '2002', expected: '2001' } } } });
  });

  it('names the same first event of the other branch of a fork', async () => {
    // Two registers sharing their first 2 500 events: the first 3 000 of one, then the rest of the other.
    const trunk = longChain(4_321);
    const branch = longChain(4_321, 2_500);
    expect(branch[2_499]).toEqual(trunk[2_499]);
    expect(branch[2_500]?.hash).not.toBe(trunk[2_500]?.hash);
    await expectSameEverywhere([...trunk.slice(0, 3_000), ...branch.slice(3_000)], { value: { ok: false, error: { code: 'integrity.prevHash', params: { seq: '3001' } } } });
  });

  it('fails the same way on a value that has no canonical form, after the links before it', async () => {
    const events = longChain(4_321);
    events[3_000] = { ...events[3_000], quantity: Number.NaN } as RegisterEvent;
    await expectSameEverywhere(events, { thrown: 'NaN is not allowed' });
    // With a gap on that very event, the gap is named first.
    await expectSameEverywhere(
      events.filter((event) => event.seq !== 3_000),
      { value: { ok: false, error: { code: 'integrity.gap', params: { seq: '3001', expected: '3000' } } } },
    );
  });
});
