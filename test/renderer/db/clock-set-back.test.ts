import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import { appendEvents } from '../../../renderer/db/append-events';
import { verifyChain } from '../../../shared/register/chain';
import { replayJournal } from '../../../shared/register/replay';
import { describeError } from '../../../shared/errors';
import { loose, rechain } from '../../fixtures/events';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { trackedDatabase } from '../../fixtures/database';
import { accepted, refusal } from '../../fixtures/result';

/** Local noon on 10 March 2026, then the same day at 9:00: the clock was put back three hours. */
const NOON = new Date(2026, 2, 10, 12, 0);
const MORNING = new Date(2026, 2, 10, 9, 0);

async function openedRegister() {
  const db = trackedDatabase();
  accepted(await appendEvent(db, on('2026-03-01', openingDraft()), NOON));
  accepted(await appendEvent(db, on('2026-03-01', productDraft()), NOON));
  accepted(await appendEvent(db, on('2026-03-02', receiptDraft({ productId: 'P2', quantity: units(30) })), NOON));
  return db;
}

describe('a clock set back before a write', () => {
  it('records the set-back, then the event, in the order of validation and never rewritten', async () => {
    const db = await openedRegister();
    const before = await db.events.toArray();
    const dispensed = accepted(await appendEvent(db, on('2026-03-10', dispensationDraft({ productId: 'P2', quantity: units(2) })), MORNING));
    const events = await db.events.toArray();
    expect(events.slice(0, 3)).toStrictEqual(before);
    expect(events.map((event) => event.type)).toEqual(['register.opened', 'product.defined', 'receipt', 'clock.setBack', 'dispensation']);
    expect(events[3]).toMatchObject({
      seq: 4,
      previousSeq: 3,
      previous: NOON.toISOString(),
      current: MORNING.toISOString(),
      recordedAt: MORNING.toISOString(),
    });
    // The event keeps the clock's own instant: nothing is moved forward to hide the set-back.
    expect(dispensed).toMatchObject({ seq: 5, recordedAt: MORNING.toISOString() });
    expect(verifyChain(events)).toBeNull();
  });

  it('records the set-back once, not before each later write while the clock is still behind', async () => {
    const db = await openedRegister();
    accepted(await appendEvent(db, on('2026-03-10', dispensationDraft({ productId: 'P2', quantity: units(1) })), MORNING));
    accepted(await appendEvent(db, on('2026-03-10', dispensationDraft({ productId: 'P2', quantity: units(1) })), new Date(2026, 2, 10, 9, 5)));
    expect((await db.events.toArray()).map((event) => event.type).filter((type) => type === 'clock.setBack')).toHaveLength(1);
  });

  it('records nothing, not even the set-back, when the write itself is refused', async () => {
    const db = await openedRegister();
    const refused = refusal(await appendEvent(db, on('2026-03-10', dispensationDraft({ productId: 'P2', quantity: units(500) })), MORNING));
    expect(refused.code).toBe('stock.insufficient');
    expect(await db.events.count()).toBe(3);
  });

  it('records no set-back when the clock stands still or goes forward', async () => {
    const db = await openedRegister();
    accepted(await appendEvent(db, on('2026-03-10', dispensationDraft({ productId: 'P2', quantity: units(1) })), NOON));
    expect((await db.events.toArray()).map((event) => event.type)).not.toContain('clock.setBack');
  });

  it('records the set-back once at the head of a batch written as one act', async () => {
    const db = await openedRegister();
    const drafts = [1, 2].map((n) => on('2026-03-10', dispensationDraft({ productId: 'P2', quantity: units(n) })));
    const sealed = accepted(await appendEvents(db, drafts, MORNING));
    expect(sealed.map((event) => event.type)).toEqual(['dispensation', 'dispensation']);
    const events = await db.events.toArray();
    expect(events.map((event) => `${event.seq}:${event.type}`)).toEqual([
      '1:register.opened',
      '2:product.defined',
      '3:receipt',
      '4:clock.setBack',
      '5:dispensation',
      '6:dispensation',
    ]);
    expect(verifyChain(events)).toBeNull();
  });

  it('refuses in French, writing nothing, when the clock went back to before the register could date anything', async () => {
    const db = await openedRegister();
    const refused = refusal(await appendEvent(db, on('2026-02-10', dispensationDraft({ productId: 'P2', quantity: units(1) })), new Date(2026, 1, 10, 9, 0)));
    expect(refused.code).toBe('clock.setBackRefused');
    expect(describeError(refused)).toContain('L’horloge de ce poste indique le 10/02/2026');
    expect(await db.events.count()).toBe(3);
  });
});

describe('a clock set-back read back from a journal', () => {
  it('replays as the register wrote it, and is refused when its instants are not the ones around it', async () => {
    const db = await openedRegister();
    accepted(await appendEvent(db, on('2026-03-10', dispensationDraft({ productId: 'P2', quantity: units(2) })), MORNING));
    const journal = await db.events.orderBy('seq').toArray();
    expect(replayJournal(journal)).toBeNull();
    const events = loose(journal);
    const forged = rechain(events.map((event, index) => (index === 3 ? { ...event, previous: new Date(2026, 2, 10, 11, 0).toISOString() } : event)));
    expect(replayJournal(forged)).toMatchObject({ seq: 4, rule: 'replay.mismatch' });
  });
});
