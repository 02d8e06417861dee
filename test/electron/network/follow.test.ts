// A counter's read copy follows the shared register: caught up by order number into the
// window's IndexedDB through the restore's import, woken by the server's announcement of
// each event, converging again after the server was away, and refusing a page that does
// not continue its chain.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catchUp, followServer, type ServerFeed } from '../../../renderer/db/follow-server';
import { readStoredState, stateRow } from '../../../renderer/db/state-row';
import { openServerFeed, type ServerFeedConnection } from '../../../electron/network/server-feed';
import { eventsAfter } from '../../../electron/network/server-state';
import { validate } from '../../../electron/network/validate';
import { foldEvents } from '../../../shared/register/fold';
import { trackedDatabase } from '../../fixtures/database';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { accepted } from '../../fixtures/result';
import { NOW } from '../../renderer/db/every-draft';
import { useRegisterCluster, type TestRegister } from '../../support/register-server';

const server = useRegisterCluster();
const feeds: ServerFeedConnection[] = [];
afterEach(async () => {
  await Promise.all(feeds.splice(0).map((feed) => feed.close()));
});

async function openedRegister(): Promise<TestRegister & { feed: ServerFeedConnection }> {
  const register = await server.freshRegister();
  accepted(await validate(register.counter, [openingDraft(), productDraft(), receiptDraft()], NOW));
  const feed = openServerFeed(register.counter, register.server, 2_000);
  feeds.push(feed);
  return { ...register, feed };
}

const dispense = (count: number) => dispensationDraft({ quantity: units(count) });

describe('the read copy of a counter', () => {
  it('catches up with the server page by page: the same events, the same state, the same head', async () => {
    const { counter, feed } = await openedRegister();
    for (let index = 0; index < 5; index += 1) accepted(await validate(counter, [dispense(1)], NOW));
    const db = trackedDatabase();
    const head = await catchUp(db, feed, 3);
    const events = await eventsAfter(counter, 0, 100);
    expect(head).toEqual({ ok: true, value: { seq: 8, hash: events.at(-1)?.hash } });
    expect(await db.events.orderBy('seq').toArray()).toEqual(events);
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents(events)));
    // Caught up, it imports nothing more, and no restore is left behind.
    expect(await catchUp(db, feed)).toEqual(head);
    expect(await db.meta.get('restore')).toBeUndefined();
  });

  it('is woken by the server’s announcement when another counter validates, and at once when it is behind', async () => {
    const { counter, feed } = await openedRegister();
    let woken = false;
    const waiting = feed.waitAfter(3).then(() => (woken = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(woken).toBe(false);
    accepted(await validate(counter, [dispense(1)], NOW));
    await waiting;
    expect(woken).toBe(true);
    await feed.waitAfter(1);
  });

  it('follows the validations of the other counters as they come', async () => {
    const { counter, feed } = await openedRegister();
    const db = trackedDatabase();
    const heads: number[] = [];
    const following = followServer(db, feed, { onHead: (head) => heads.push(head?.seq ?? 0) });
    await vi.waitFor(async () => expect((await db.events.orderBy('seq').last())?.seq).toBe(3));
    for (let index = 0; index < 3; index += 1) accepted(await validate(counter, [dispense(2)], NOW));
    await vi.waitFor(async () => expect((await db.events.orderBy('seq').last())?.seq).toBe(6), { timeout: 5_000 });
    await following.stop();
    expect(await db.events.orderBy('seq').toArray()).toEqual(await eventsAfter(counter, 0, 100));
    expect(heads.at(-1)).toBe(6);
  });

  it('says when the server is away, and converges to its head once it is back', async () => {
    const { counter, feed } = await openedRegister();
    let away = true;
    const flaky: ServerFeed = {
      eventsAfter: (after, limit) =>
        away ? Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) : feed.eventsAfter(after, limit),
      waitAfter: (after) => feed.waitAfter(after),
    };
    const db = trackedDatabase();
    const troubles: unknown[] = [];
    const following = followServer(db, flaky, { onTrouble: (trouble) => troubles.push(trouble), retryMs: 50 });
    await vi.waitFor(() => expect(troubles.length).toBeGreaterThan(0));
    expect(await db.events.count()).toBe(0);
    accepted(await validate(counter, [dispense(4)], NOW));
    away = false;
    await vi.waitFor(async () => expect((await db.events.orderBy('seq').last())?.seq).toBe(4), { timeout: 5_000 });
    await following.stop();
    expect(troubles[0]).toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('refuses a page that does not continue its chain, and keeps what it had', async () => {
    const { counter, owner, feed } = await openedRegister();
    const db = trackedDatabase();
    accepted(await catchUp(db, feed));
    accepted(await validate(counter, [dispense(1), dispense(1)], NOW));
    // The owner takes the trigger off and changes n° 5 after it was validated.
    await owner.query('ALTER TABLE register_events DISABLE TRIGGER register_events_append_only');
    const [fifth] = await eventsAfter(owner, 4, 1);
    await owner.query('UPDATE register_events SET event = $1::json WHERE seq = 5', [JSON.stringify({ ...fifth, quantity: units(5) })]);
    expect(await catchUp(db, feed)).toEqual({ ok: false, error: { code: 'integrity.reserveDisagrees', params: { seq: '5' } } });
    expect((await db.events.orderBy('seq').last())?.seq).toBe(3);
  });
});
