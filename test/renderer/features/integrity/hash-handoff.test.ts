// The whole check split over two threads with the register read once: the reader checks
// the links and the rules and hands the events over, the hasher recomputes the hashes. Here
// both ends run on one thread, joined by a real MessageChannel as the two workers are; the
// verdict they make together is the one the single pass in the window gives, whatever is
// wrong and wherever it is (on a page boundary, at the same event as another fault).
import { describe, expect, it } from 'vitest';
import { dexieStore } from '../../../../renderer/db/dexie-store';
import { checkFromOpening, checkHandingOver, type PagesVerdict } from '../../../../renderer/features/integrity/check-pages';
import { firstFault } from '../../../../renderer/features/integrity/first-fault';
import { hashesHandedOver, eventSender, type Handoff } from '../../../../renderer/features/integrity/hash-handoff';
import { createChainVerifier } from '../../../../shared/register/chain';
import type { RegisterEvent } from '../../../../shared/register/events';
import { toMilli } from '../../../../shared/register/quantity';
import { trackedDatabase } from '../../../fixtures/database';
import { dispensationDraft, openingDraft, productDraft, receiptDraft } from '../../../fixtures/drafts';
import { rechain, reseal, sealAll } from '../../../fixtures/events';

const sealed = new Map<number, RegisterEvent[]>();

/** An opening, a product, receipts then dispensations: `count` events, over two pages and more (sealed once, copied). */
function longChain(count: number): RegisterEvent[] {
  const known = sealed.get(count);
  if (known) return [...known];
  const receipts = Array.from({ length: Math.ceil((count - 2) / 2) }, (_, index) => receiptDraft({ deliveryRef: `BL-${index}` }));
  const dispensations = Array.from({ length: count - 2 - receipts.length }, () => dispensationDraft());
  const events = sealAll([openingDraft(), productDraft(), ...receipts, ...dispensations]);
  sealed.set(count, events);
  return [...events];
}

async function storeWith(events: readonly RegisterEvent[]) {
  const db = trackedDatabase();
  await db.events.bulkAdd([...events]);
  return dexieStore(db);
}

/** The two ends of the split check on one thread, as the two workers run them. */
async function readOnce(events: readonly RegisterEvent[]): Promise<PagesVerdict> {
  const store = await storeWith(events);
  const { port1, port2 } = new MessageChannel();
  const [rules, hashes] = await Promise.all([checkHandingOver(store, port1), hashesHandedOver(port2)]);
  return firstFault(hashes, rules);
}

async function singlePass(events: readonly RegisterEvent[]): Promise<PagesVerdict> {
  return checkFromOpening(await storeWith(events));
}

const at = (events: RegisterEvent[], seq: number) => events[seq - 1]!;

/** Each register altered as a forger or a damaged disk would, named by what was done. */
const ALTERED: [string, () => RegisterEvent[]][] = [
  ['intact', () => longChain(4_321)],
  [
    'a quantity changed in a later page',
    () => {
      const events = longChain(4_321);
      events[3_000] = { ...at(events, 3_001), quantity: toMilli(1) } as RegisterEvent;
      return events;
    },
  ],
  [
    'the last event of a page resealed',
    () => {
      const events = longChain(4_321);
      events[1_999] = reseal(at(events, 2_000), { quantity: toMilli(1) });
      return events;
    },
  ],
  ['an event missing at a page boundary', () => longChain(4_321).filter((event) => event.seq !== 2_001)],
  [
    'a claimed hash that is not 64 characters long',
    () => {
      const events = longChain(4_321);
      events[2_500] = { ...at(events, 2_501), hash: 'abc' };
      return events;
    },
  ],
  [
    'its link and its hash broken at the same event',
    () => {
      const events = longChain(4_321);
      events[2_600] = { ...at(events, 2_601), prevHash: '1'.repeat(64), quantity: toMilli(2) } as RegisterEvent;
      return events;
    },
  ],
  [
    'the chain sealed again over a dispensation of a product the register does not hold',
    () => rechain(longChain(4_321).map((event) => (event.seq === 3_500 ? { ...event, productId: 'P404' } : event))),
  ],
  [
    'a rule broken and its hash altered at the same event',
    () => {
      const events = rechain(longChain(4_321).map((event) => (event.seq === 3_500 ? { ...event, productId: 'P404' } : event)));
      events[3_499] = { ...at(events, 3_500), hash: 'f'.repeat(64) };
      return events;
    },
  ],
];

// Each case stores and checks thousands of events twice: longer than a unit test's usual 5 s on a loaded machine.
describe('the whole check with the register read once', { timeout: 60_000 }, () => {
  it.each(ALTERED)('gives the single pass’s verdict: %s', async (_name, register) => {
    const events = register();
    const split = await readOnce(events);
    expect(split).toEqual(await singlePass(events));
  });

  it('names the altered event, not only the same verdict', async () => {
    const events = longChain(4_321);
    events[3_000] = { ...at(events, 3_001), quantity: toMilli(1) } as RegisterEvent;
    expect(await readOnce(events)).toEqual({ ok: false, error: { code: 'integrity.hash', params: { seq: '3001' } }, at: 3_001 });
  });

  it('hands over no more than a few pages the hasher has not hashed yet', async () => {
    const { port1, port2 } = new MessageChannel();
    const received: Handoff[] = [];
    // A hasher that never answers: its core taken by something else.
    port2.onmessage = ({ data }: MessageEvent<Handoff>) => received.push(data);
    const handOver = eventSender(port1);
    const chain = handOver.chain(createChainVerifier(undefined, { hashes: false }));
    const pages = async function* () {
      const events = longChain(10 * 500);
      for (let start = 0; start < events.length; start += 500) yield events.slice(start, start + 500);
    };
    const handedOver = (async () => {
      for await (const page of handOver.pages(pages())) for (const event of page) expect(chain.next(event)).toBeNull();
    })();
    await expect.poll(() => received.length).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(4);
    port1.close();
    port2.close();
    void handedOver.catch(() => undefined);
  });
});
