// The whole check reads the register in pages and reads the next page while it checks
// the current one: these registers span several pages, so that what is found at a page
// boundary, or after one, is found all the same.
import { describe, expect, it } from 'vitest';
import { checkWhole } from '../../../../renderer/features/integrity/check-whole';
import { eventPages } from '../../../../renderer/features/integrity/read-pages';
import type { RegisterEvent } from '../../../../shared/register/events';
import { toMilli } from '../../../../shared/register/quantity';
import { trackedDatabase } from '../../../fixtures/database';
import { openingDraft, productDraft, receiptDraft } from '../../../fixtures/drafts';
import { reseal, sealAll } from '../../../fixtures/events';
import { dexieStore } from '../../../../renderer/db/dexie-store';

/** An opening, a product and receipts: `count` events in all, sealed in one chain. */
function longChain(count: number): RegisterEvent[] {
  return sealAll([openingDraft(), productDraft(), ...Array.from({ length: count - 2 }, (_, index) => receiptDraft({ deliveryRef: `BL-${index}` }))]);
}

async function databaseWith(events: readonly RegisterEvent[]) {
  const db = trackedDatabase();
  await db.events.bulkAdd([...events]);
  return db;
}

describe('checkWhole', () => {
  it('finds an empty register intact', async () => {
    expect(await checkWhole(dexieStore(trackedDatabase()))).toMatchObject({ ok: true, events: 0, head: null });
  });

  it('checks every page of a register spanning several, up to its last event', async () => {
    const events = longChain(4_321);
    const verdict = await checkWhole(dexieStore(await databaseWith(events)));
    expect(verdict).toMatchObject({ ok: true, events: 4_321, head: { seq: 4_321, hash: events[4_320]?.hash } });
  });

  it('ends on a register that fills its last page exactly', async () => {
    const events = longChain(4_000);
    const verdict = await checkWhole(dexieStore(await databaseWith(events)));
    expect(verdict).toMatchObject({ ok: true, events: 4_000, head: { seq: 4_000, hash: events[3_999]?.hash } });
  });

  it('names an event altered in a later page', async () => {
    const events = longChain(4_321);
    events[3_000] = { ...events[3_000], quantity: toMilli(1) } as RegisterEvent;
    expect(await checkWhole(dexieStore(await databaseWith(events)))).toEqual({
      ok: false,
      error: { code: 'integrity.hash', params: { seq: '3001' } },
      at: 3001,
    });
  });

  it('names the first event of a page when the last one of the page before was resealed', async () => {
    const events = longChain(4_321);
    events[1_999] = reseal(events[1_999]!, { quantity: toMilli(1) });
    expect(await checkWhole(dexieStore(await databaseWith(events)))).toEqual({
      ok: false,
      error: { code: 'integrity.prevHash', params: { seq: '2001' } },
      at: 2001,
    });
  });

  it('names a gap at a page boundary', async () => {
    const events = longChain(4_321).filter((event) => event.seq !== 2_001);
    expect(await checkWhole(dexieStore(await databaseWith(events)))).toEqual({
      ok: false,
      error: { code: 'integrity.gap', params: { seq: '2002', expected: '2001' } },
      at: 2002,
    });
  });
});

describe('eventPages', () => {
  it('gives every event once, in order', async () => {
    const events = longChain(4_321);
    const db = await databaseWith(events);
    const seen: number[] = [];
    for await (const page of eventPages(dexieStore(db))) seen.push(...page.map((event) => event.seq));
    expect(seen).toEqual(events.map((event) => event.seq));
  });
});
