// Restore against the real main-process handlers on a temp folder: forwards only.
import { describe, expect, it } from 'vitest';
import { restoreFromReserve } from '../../../../renderer/features/restore/restore-from-reserve';
import { stockByProduct } from '../../../../renderer/db/queries';
import type { ReadEventsRequest, RegistreApi } from '../../../../shared/ipc/contract';
import type { RegisterEvent } from '../../../../shared/register/events';
import { trackedDatabase, uniqueDatabaseName } from '../../../fixtures/database';
import { appendEvent } from '../../../../renderer/db/append-event';
import { readOpeningState } from '../../../../renderer/db/opening-state';
import { useTempMainProcess } from '../../../fixtures/main-process';
import { openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { reseal, sealAll, sealedSlice } from '../../../fixtures/events';
import { accepted, refusal } from '../../../fixtures/result';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000004';
const JOURNAL = { registerId: REGISTER_ID, establishmentName: 'Pharmacie du Marché' };
const main = useTempMainProcess();
const reserveHolding = (journal: readonly RegisterEvent[]) => main.reserveHolding(REGISTER_ID, journal);

/** An opening, a product and `receipts` receipts: longer than one page (1 000 events) when asked. */
const longJournal = (receipts: number) => sealAll([openingDraft(), productDraft(), ...Array.from({ length: receipts }, () => receiptDraft())]);

/** The same API, recording every page request and letting a test change an answer. */
function recordingPages(api: RegistreApi, change: (page: RegisterEvent[], call: number) => RegisterEvent[] = (page) => page) {
  const requests: ReadEventsRequest[] = [];
  const answers: { nextCursor: number; done: boolean }[] = [];
  const recorded: RegistreApi = {
    ...api,
    'reserve:readEvents': async (request) => {
      requests.push(request);
      const read = await api['reserve:readEvents'](request);
      if (!read.ok) return read;
      answers.push({ nextCursor: read.value.nextCursor, done: read.value.done });
      return { ok: true, value: { ...read.value, events: change(read.value.events, requests.length) } };
    },
  };
  return { api: recorded, requests, answers };
}

describe('restoreFromReserve', () => {
  it('rebuilds an empty database with its events and its stock totals', async () => {
    const events = sealedSlice();
    const db = trackedDatabase();
    const progress: number[] = [];
    expect(accepted(await restoreFromReserve(dexieStore(db), await reserveHolding(events), JOURNAL, (done) => progress.push(done)))).toBe(4);
    expect(await db.events.toArray()).toEqual(events);
    expect(await stockByProduct(db)).toEqual(new Map([['P2', { total: units(18), quarantine: units(0) }]]));
    expect(progress).toEqual([4]);
  });

  it('completes a database that lags behind the journal, keeping what it holds', async () => {
    const events = sealedSlice();
    const db = trackedDatabase();
    await db.events.bulkAdd(events.slice(0, 2));
    expect(accepted(await restoreFromReserve(dexieStore(db), await reserveHolding(events), JOURNAL))).toBe(4);
    expect((await db.events.toArray()).map((event) => event.seq)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a journal shorter than the database and writes nothing', async () => {
    const events = sealedSlice();
    const db = trackedDatabase();
    await db.events.bulkAdd(events);
    expect(refusal(await restoreFromReserve(dexieStore(db), await reserveHolding(events.slice(0, 2)), JOURNAL))).toMatchObject({
      code: 'restore.shorter',
      params: { journal: '2', database: '4' },
    });
    expect(await db.events.count()).toBe(4);
  });

  it('refuses a journal that forks from the database and writes nothing', async () => {
    const events = sealedSlice();
    const [opening, product] = events;
    if (!opening || !product) throw new Error('fixture');
    const db = trackedDatabase();
    await db.events.bulkAdd(events.slice(0, 2));
    const forked = [opening, reseal(product, { recordedAt: '2026-03-11T08:00:00.000Z' })];
    expect(refusal(await restoreFromReserve(dexieStore(db), await reserveHolding(forked), JOURNAL))).toMatchObject({
      code: 'integrity.reserveDisagrees',
      params: { seq: '2' },
    });
    expect(await db.events.toArray()).toEqual(events.slice(0, 2));
  });

  it('reads a journal longer than a page once, each page from where the previous one stopped', async () => {
    const events = longJournal(2_300);
    const db = trackedDatabase();
    const { api, requests, answers } = recordingPages(await reserveHolding(events));
    const progress: number[] = [];
    expect(accepted(await restoreFromReserve(dexieStore(db), api, JOURNAL, (done) => progress.push(done)))).toBe(2_302);
    expect(progress).toEqual([1_000, 2_000, 2_302]);
    expect(requests.map((request) => request.cursor)).toEqual([0, ...answers.slice(0, -1).map((answer) => answer.nextCursor)]);
    expect(answers.at(-1)?.done).toBe(true);
    expect(await db.events.count()).toBe(2_302);
    expect((await db.events.orderBy('seq').last())?.hash).toBe(events.at(-1)?.hash);
  });

  it('completes a database that lags by more than a page, checking the event at its head', async () => {
    const events = longJournal(2_300);
    const db = trackedDatabase();
    await db.events.bulkAdd(events.slice(0, 1_500));
    const { api, requests } = recordingPages(await reserveHolding(events));
    expect(accepted(await restoreFromReserve(dexieStore(db), api, JOURNAL))).toBe(2_302);
    expect(requests).toHaveLength(3);
    expect(await db.events.toArray()).toEqual(events);
  });

  it('refuses, whole, a page that no longer continues the chain after the journal was verified', async () => {
    const events = longJournal(1_200);
    const db = trackedDatabase();
    // The journal passed verification, then its second page reads differently (the file
    // was changed in between): event 1 001 re-sealed, so 1 002 no longer follows it.
    const { api } = recordingPages(await reserveHolding(events), (page, call) =>
      call === 2 ? page.map((event) => (event.seq === 1_001 ? reseal(event, { recordedAt: '2026-03-11T08:00:00.000Z' }) : event)) : page,
    );
    expect(refusal(await restoreFromReserve(dexieStore(db), api, JOURNAL))).toMatchObject({ code: 'integrity.reserveDisagrees', params: { seq: '1002' } });
    expect(await db.events.count()).toBe(1_000);
  });

  it('resumes a restore interrupted after its first page, in a reopened database, up to the journal head', async () => {
    const events = longJournal(2_300);
    const name = uniqueDatabaseName();
    const first = trackedDatabase(name);
    // The window closes while the second page is read: the first one is in, with the marker.
    const { api: closing } = recordingPages(await reserveHolding(events), (page, call) => {
      if (call === 2) throw new Error('fenêtre fermée');
      return page;
    });
    await expect(restoreFromReserve(dexieStore(first), closing, JOURNAL)).rejects.toThrow('fenêtre fermée');
    first.close();

    // Next launch: the database says a restore is under way, and the register is closed to writing.
    const db = trackedDatabase(name);
    expect(await readOpeningState(db)).toMatchObject({
      restore: { marker: { source: 'reserve', registerId: REGISTER_ID, target: { seq: 2_302 } }, held: 1_000 },
    });
    expect(refusal(await appendEvent(db, receiptDraft(), new Date(2026, 2, 10, 18, 0)))).toMatchObject({ code: 'restore.underway' });

    const progress: number[] = [];
    expect(accepted(await restoreFromReserve(dexieStore(db), main.api(), JOURNAL, (done) => progress.push(done)))).toBe(2_302);
    expect(progress).toEqual([2_000, 2_302]);
    expect(await readOpeningState(db)).toMatchObject({ restore: null });
    expect(await db.events.toArray()).toEqual(events);
  });
});
