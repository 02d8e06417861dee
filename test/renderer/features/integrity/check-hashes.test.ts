// The hashes half of the whole check with the engine's SHA-256 (WebCrypto): over several
// pages, hashing one page while judging the one before, it names the same first broken
// line as the chain verifier with the domain's SHA-256.
import { describe, expect, it } from 'vitest';
import { dexieStore } from '../../../../renderer/db/dexie-store';
import { checkHashesNatively, webCryptoDigest, type Digest } from '../../../../renderer/features/integrity/check-hashes';
import { checkHashesFromOpening } from '../../../../renderer/features/integrity/check-pages';
import type { RegisterEvent } from '../../../../shared/register/events';
import { toMilli } from '../../../../shared/register/quantity';
import { trackedDatabase } from '../../../fixtures/database';
import { openingDraft, productDraft, receiptDraft } from '../../../fixtures/drafts';
import { reseal, sealAll } from '../../../fixtures/events';

const PAGE = 50;

function longChain(count: number): RegisterEvent[] {
  return sealAll([openingDraft(), productDraft(), ...Array.from({ length: count - 2 }, (_, index) => receiptDraft({ deliveryRef: `BL-${index}` }))]);
}

async function storeWith(events: readonly RegisterEvent[]) {
  const db = trackedDatabase();
  await db.events.bulkAdd([...events]);
  return dexieStore(db);
}

const digest = webCryptoDigest() as Digest;

/** Both halves' verdicts on the same register: the native one and the domain's. */
async function bothVerdicts(events: readonly RegisterEvent[]) {
  const store = await storeWith(events);
  return [await checkHashesNatively(store, digest, { pageSize: PAGE }), await checkHashesFromOpening(store)];
}

describe('the whole check’s hashes with the engine’s SHA-256', () => {
  it('has WebCrypto to hash with', () => {
    expect(digest).not.toBeNull();
  });

  it('finds a sound register of several pages sound, every event counted', async () => {
    const [native, domain] = await bothVerdicts(longChain(333));
    expect(native).toEqual({ ok: true, events: 333 });
    expect(native).toEqual(domain);
  });

  it('names the first line whose content no longer matches its hash, not a later one', async () => {
    const events = longChain(333);
    events[120] = { ...events[120], quantity: toMilli(1) } as RegisterEvent;
    events[260] = { ...events[260], quantity: toMilli(2) } as RegisterEvent;
    const [native, domain] = await bothVerdicts(events);
    expect(native).toEqual({ ok: false, error: { code: 'integrity.hash', params: { seq: '121' } }, at: 121 });
    expect(native).toEqual(domain);
  });

  it('names the line after one resealed at a page’s end, by its broken link', async () => {
    const events = longChain(333);
    events[PAGE * 2 - 1] = reseal(events[PAGE * 2 - 1]!, { quantity: toMilli(1) });
    const [native, domain] = await bothVerdicts(events);
    expect(native).toEqual({ ok: false, error: { code: 'integrity.prevHash', params: { seq: String(PAGE * 2 + 1) } }, at: PAGE * 2 + 1 });
    expect(native).toEqual(domain);
  });

  it('names a missing line by the gap it leaves', async () => {
    const events = longChain(333).filter((event) => event.seq !== 200);
    const [native, domain] = await bothVerdicts(events);
    expect(native).toMatchObject({ ok: false, error: { code: 'integrity.gap' }, at: 201 });
    expect(native).toEqual(domain);
  });
});
