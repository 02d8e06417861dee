import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import { appendEvents } from '../../../renderer/db/append-events';
import type { RegisterDatabase } from '../../../renderer/db/database';
import { record } from '../../../renderer/db/record';
import { readStoredState, stateRow } from '../../../renderer/db/state-row';
import { verifyChain } from '../../../shared/register/chain';
import { foldEvents } from '../../../shared/register/fold';
import { replayJournal } from '../../../shared/register/replay';
import type { Draft } from '../../../shared/register/validate';
import { trackedDatabase } from '../../fixtures/database';
import { restoreTo, sealedSlice } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';
import { EVERY_TYPE, NOW, officineDrafts, veterinaryDrafts } from './every-draft';

async function oneByOne(db: RegisterDatabase, drafts: readonly Draft[]) {
  for (const [index, draft] of drafts.entries()) {
    const result = await record(db, [draft], NOW);
    if (!result.ok) throw new Error(`n° ${index + 1} (${draft.body.type}) refusé : ${result.error.code}`);
  }
  return db.events.orderBy('seq').toArray();
}

async function expectStateOfLog(db: RegisterDatabase) {
  const events = await db.events.orderBy('seq').toArray();
  expect(await readStoredState(db)).toEqual(stateRow(foldEvents(events)));
}

describe('record: the one write door', () => {
  it('records every kind of event one by one, and the state row is the fold of the log after each', async () => {
    const [officine, veterinary] = [trackedDatabase(), trackedDatabase()];
    const events = [...(await oneByOne(officine, officineDrafts())), ...(await oneByOne(veterinary, veterinaryDrafts()))];
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(Object.keys(EVERY_TYPE)));
    await expectStateOfLog(officine);
    await expectStateOfLog(veterinary);
    // What the door wrote is what the replay of a journal accepts.
    expect(replayJournal(await officine.events.orderBy('seq').toArray())).toBeNull();
    expect(replayJournal(await veterinary.events.orderBy('seq').toArray())).toBeNull();
  });

  it('records the same drafts as one act: the same events, byte for byte, and the same state', async () => {
    const [alone, batch] = [trackedDatabase(), trackedDatabase()];
    const one = await oneByOne(alone, officineDrafts());
    const all = accepted(await record(batch, officineDrafts(), NOW));
    expect(all).toEqual(one);
    expect(await batch.events.orderBy('seq').toArray()).toEqual(one);
    expect(verifyChain(all)).toBeNull();
    expect(await readStoredState(batch)).toEqual(await readStoredState(alone));
  });

  it('takes a destruction plan alone through appendEvent, and cancels an existing dossier', async () => {
    const db = trackedDatabase();
    const drafts = officineDrafts();
    await oneByOne(db, drafts.slice(0, 15));
    // These two were refused by the former single-event door: the plan threw, the cancellation found no dossier.
    expect(accepted(await appendEvent(db, drafts[15] as Draft, NOW))).toMatchObject({ seq: 16, type: 'destruction.planned', dossier: 'PV-2026-001' });
    expect(accepted(await appendEvent(db, drafts[16] as Draft, NOW))).toMatchObject({ seq: 17, type: 'destruction.cancelled', dossier: 'PV-2026-001' });
    await expectStateOfLog(db);
  });

  it('gives the same verdicts through appendEvent and appendEvents, draft after draft', async () => {
    const [single, batch] = [trackedDatabase(), trackedDatabase()];
    for (const draft of officineDrafts()) {
      const a = await appendEvent(single, draft, NOW);
      const b = await appendEvents(batch, [draft], NOW);
      expect(a).toEqual(b.ok ? { ok: true, value: b.value[0] } : b);
    }
    expect(await single.events.toArray()).toEqual(await batch.events.toArray());
  });

  it('writes nothing, state row included, when a draft of the act is refused', async () => {
    const db = trackedDatabase();
    const drafts = officineDrafts();
    await oneByOne(db, drafts.slice(0, 8));
    const before = { events: await db.events.toArray(), totals: await db.monthlyTotals.toArray(), state: await readStoredState(db) };
    // A dispensation, then a correction of an event that does not exist.
    const refused = await record(
      db,
      [drafts[9] as Draft, { operationDate: '2026-03-05', body: { type: 'correction', corrects: 99, reason: 'quantite', comment: 'x' } }],
      NOW,
    );
    expect(refusal(refused)).toMatchObject({ code: 'correction.unknownTarget', params: { seq: '99' } });
    expect({ events: await db.events.toArray(), totals: await db.monthlyTotals.toArray(), state: await readStoredState(db) }).toEqual(before);
  });

  it('refuses every act while a restore is under way, and writes no state', async () => {
    const db = trackedDatabase();
    const events = sealedSlice();
    await db.meta.put(restoreTo(events));
    expect(refusal(await record(db, [officineDrafts()[0] as Draft], NOW))).toMatchObject({ code: 'restore.underway' });
    expect(await db.events.count()).toBe(0);
    expect(await readStoredState(db)).toBeNull();
  });

  it('folds the log again when the state row does not describe its head', async () => {
    const db = trackedDatabase();
    const drafts = officineDrafts();
    await oneByOne(db, drafts.slice(0, 8));
    await db.state.clear();
    // Without a row the door still decides against the whole register: the receipt's stock is there.
    accepted(await record(db, [drafts[9] as Draft], NOW));
    await expectStateOfLog(db);
  });
});
