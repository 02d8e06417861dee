// The two-thread check's halves, run here in one thread: the worker's (reading and
// putting each event in its canonical bytes) and the window's (hashing and checking the
// links) must reach the very verdicts of the one-thread check, to the order number, on a
// register intact, altered, resealed, forked, with a gap, or holding a value that has no
// canonical form.
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { checkDatabaseChain, checkEncodedPages, checkInWindow } from '../../../../renderer/features/integrity/check-database';
import { createPageChecker, encodedPages, encodePage } from '../../../../renderer/features/integrity/encoded-pages';
import { verifyChain } from '../../../../shared/register/chain';
import type { RegisterEvent } from '../../../../shared/register/events';
import { toMilli } from '../../../../shared/register/quantity';
import { canonicalJson } from '../../../../shared/register/seal';
import { trackedDatabase } from '../../../fixtures/database';
import { openingDraft, productDraft, receiptDraft } from '../../../fixtures/drafts';
import { reseal, sealAll } from '../../../fixtures/events';

/** `count` events in one chain; from `branchAt` on (an index), the receipts are of another lot. */
function longChain(count: number, branchAt = count): RegisterEvent[] {
  const receipt = (index: number) => receiptDraft({ deliveryRef: `BL-${index}`, lot: index + 2 >= branchAt ? 'L2' : 'L1' });
  return sealAll([openingDraft(), productDraft({ designation: 'Sulfate de morphine — 10 mg, gélule « LP »' }), ...Array.from({ length: count - 2 }, (_, index) => receipt(index))]);
}

async function databaseWith(events: readonly RegisterEvent[]) {
  const db = trackedDatabase();
  await db.events.bulkAdd([...events]);
  return db;
}

/** The two-thread check, its worker's half run in this thread over the same database. */
async function bothWays(events: readonly RegisterEvent[]) {
  const db = await databaseWith(events);
  const settle = (verdict: Promise<unknown>) => verdict.then((value) => ({ value }), (error: unknown) => ({ thrown: error instanceof Error ? error.message : String(error) }));
  return {
    twoThreads: await settle(checkEncodedPages(encodedPages(db))),
    oneThread: await settle(checkInWindow(db)),
    // Without workers (here, jsdom), the application's entry point is the one-thread check.
    application: await settle(checkDatabaseChain(db)),
  };
}

describe('the two-thread chain check', () => {
  it('finds an intact register of several pages intact, up to the same head', async () => {
    const events = longChain(4_321);
    const { twoThreads, oneThread, application } = await bothWays(events);
    expect(twoThreads).toEqual({ value: { ok: true, events: 4_321, head: { seq: 4_321, hash: events[4_320]?.hash } } });
    expect(oneThread).toEqual(twoThreads);
    expect(application).toEqual(twoThreads);
  });

  it('finds an empty register intact', async () => {
    const { twoThreads, oneThread } = await bothWays([]);
    expect(twoThreads).toEqual({ value: { ok: true, events: 0, head: null } });
    expect(oneThread).toEqual(twoThreads);
  });

  it('names the same altered event', async () => {
    const events = longChain(4_321);
    events[3_000] = { ...events[3_000], quantity: toMilli(1) } as RegisterEvent;
    const { twoThreads, oneThread, application } = await bothWays(events);
    expect(twoThreads).toEqual({ value: { ok: false, error: { code: 'integrity.hash', params: { seq: '3001' } } } });
    expect(oneThread).toEqual(twoThreads);
    expect(application).toEqual(twoThreads);
  });

  it('names the same event after one resealed at a page boundary', async () => {
    const events = longChain(4_321);
    events[1_999] = reseal(events[1_999]!, { quantity: toMilli(1) });
    const { twoThreads, oneThread } = await bothWays(events);
    expect(twoThreads).toEqual({ value: { ok: false, error: { code: 'integrity.prevHash', params: { seq: '2001' } } } });
    expect(oneThread).toEqual(twoThreads);
  });

  it('names the same gap', async () => {
    const events = longChain(4_321).filter((event) => event.seq !== 2_001);
    const { twoThreads, oneThread } = await bothWays(events);
    expect(twoThreads).toEqual({ value: { ok: false, error: { code: 'integrity.gap', params: { seq: '2002', expected: '2001' } } } });
    expect(oneThread).toEqual(twoThreads);
  });

  it('names the same first event of the other branch of a fork', async () => {
    // Two registers sharing their first 2 500 events: the first 3 000 of one, then the rest of the other.
    const trunk = longChain(4_321);
    const branch = longChain(4_321, 2_500);
    expect(branch[2_499]).toEqual(trunk[2_499]);
    expect(branch[2_500]?.hash).not.toBe(trunk[2_500]?.hash);
    const events = [...trunk.slice(0, 3_000), ...branch.slice(3_000)];
    const { twoThreads, oneThread } = await bothWays(events);
    expect(twoThreads).toEqual({ value: { ok: false, error: { code: 'integrity.prevHash', params: { seq: '3001' } } } });
    expect(oneThread).toEqual(twoThreads);
  });

  it('fails the same way on a value that has no canonical form, after the links before it', async () => {
    const events = longChain(4_321);
    events[3_000] = { ...events[3_000], quantity: Number.NaN } as RegisterEvent;
    const { twoThreads, oneThread } = await bothWays(events);
    expect(twoThreads).toEqual({ thrown: 'NaN is not allowed' });
    expect(oneThread).toEqual(twoThreads);
    // With a gap on that very event, the gap is named first, both ways.
    const gapped = events.filter((event) => event.seq !== 3_000);
    const again = await bothWays(gapped);
    expect(again.twoThreads).toEqual({ value: { ok: false, error: { code: 'integrity.gap', params: { seq: '3001', expected: '3000' } } } });
    expect(again.oneThread).toEqual(again.twoThreads);
  });
});

describe('encodePage and createPageChecker', () => {
  it('encode each event into exactly the bytes its hash covers, growing past a small first guess', () => {
    const events = longChain(50);
    const page = encodePage(events, 16);
    events.forEach(({ hash, ...unsealed }, index) => {
      const bytes = page.bytes.subarray(page.ends[index - 1] ?? 0, page.ends[index]);
      expect(bytes).toEqual(utf8ToBytes(canonicalJson(unsealed)));
      expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(hash);
    });
    expect(page.seqs).toEqual(events.map((event) => event.seq));
  });

  it('give the verdicts of verifyChain over pages cut anywhere', () => {
    const intact = longChain(300);
    const altered = intact.map((event) => (event.seq === 123 ? ({ ...event, lot: 'X' } as RegisterEvent) : event));
    const gapped = intact.filter((event) => event.seq !== 200);
    const forked = [...intact.slice(0, 150), ...longChain(300, 100).slice(150)];
    for (const events of [intact, altered, gapped, forked]) {
      const checker = createPageChecker();
      let broken = null;
      for (let start = 0; start < events.length && !broken; start += 77) broken = checker.check(encodePage(events.slice(start, start + 77)));
      expect(broken).toEqual(verifyChain(events));
    }
  });
});
