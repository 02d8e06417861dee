// The check at start reads only what was added since the last head verified; the whole
// check, on demand and on a schedule, reads everything. An entry altered behind the
// application's back (the raw IndexedDB API) before the verified head is found by the
// second only; one added since, or the verified head itself, by the first.
import { describe, expect, it } from 'vitest';
import { dexieStore } from '../../../../renderer/db/dexie-store';
import { record } from '../../../../renderer/db/record';
import { readVerifiedHead } from '../../../../renderer/db/verified-head';
import { sealEvent } from '../../../../shared/register/seal';
import { checkIntegrity } from '../../../../renderer/features/integrity/check-integrity';
import { wholeCheckDue, WHOLE_CHECK_EVERY_DAYS } from '../../../../renderer/features/integrity/whole-check-schedule';
import { trackedDatabase } from '../../../fixtures/database';
import { accepted } from '../../../fixtures/result';
import { NOW, officineDrafts } from '../../db/every-draft';

const REGISTER_ID = 'REG-2026-001';

/** Rewrites one stored event with the raw IndexedDB API, as a tamperer would. */
function tamper(name: string, seq: number, change: Record<string, unknown>) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const transaction = request.result.transaction('events', 'readwrite');
      const store = transaction.objectStore('events');
      const read = store.get(seq);
      read.onsuccess = () => store.put({ ...read.result, ...change });
      transaction.oncomplete = () => {
        request.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
    request.onerror = () => reject(request.error);
  });
}

/** Twelve events checked whole (the verified head at n° 12), then four more: 15 corrects n° 10. */
async function verifiedThenFourMore() {
  const db = trackedDatabase();
  accepted(await record(db, officineDrafts().slice(0, 12), NOW));
  const whole = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW, 'whole');
  expect(whole).toMatchObject({ problems: [], scope: { kind: 'whole' }, events: 12 });
  accepted(await record(db, officineDrafts().slice(12, 16), NOW));
  return db;
}

async function tampered(db: ReturnType<typeof trackedDatabase>, seq: number, change: Record<string, unknown>) {
  db.close();
  await tamper(db.name, seq, change);
  await db.open();
}

describe('the check at start', () => {
  it('reads only the events added since the verified head, and moves the head', async () => {
    const db = await verifiedThenFourMore();
    // The receipt, before the verified head, altered: not read at start, found by the whole check.
    await tampered(db, 8, { quantity: 99_000 });
    const atStart = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW, 'since');
    expect(atStart).toMatchObject({ problems: [], scope: { kind: 'since', since: 12 }, events: 4, head: { seq: 16 } });
    expect((await readVerifiedHead(db))?.head.seq).toBe(16);
    const whole = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW, 'whole');
    expect(whole.problems).toEqual([{ code: 'integrity.hash', params: { seq: '8' } }]);
  });

  it('names an event added since the verified head and altered', async () => {
    const db = await verifiedThenFourMore();
    await tampered(db, 14, { quantity: 4_000 });
    const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW, 'since');
    expect(report.problems).toEqual([{ code: 'integrity.hash', params: { seq: '14' } }]);
    // A check that found a problem does not move the verified head.
    expect((await readVerifiedHead(db))?.head.seq).toBe(12);
  });

  it('names the verified head itself when it was altered', async () => {
    const db = await verifiedThenFourMore();
    await tampered(db, 12, { hash: 'f'.repeat(64) });
    const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW, 'since');
    expect(report.problems).toEqual([{ code: 'integrity.hash', params: { seq: '12' } }]);
  });

  it('replays the rules of the new events from the verified state: a correction of an event before it is accepted, a second one refused', async () => {
    const db = await verifiedThenFourMore();
    expect((await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW, 'since')).problems).toEqual([]);
    // The correction of n° 10 (n° 15) copied as n° 17 and sealed again: the chain holds, the rules do not.
    const [copy] = await db.events.where('seq').equals(15).toArray();
    const head = await db.events.get(16);
    const { hash: _hash, ...unsealed } = { ...copy!, seq: 17, prevHash: head!.hash };
    const resealed = sealEvent(unsealed);
    db.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(db.name);
      request.onsuccess = () => {
        const transaction = request.result.transaction('events', 'readwrite');
        transaction.objectStore('events').put(resealed);
        transaction.oncomplete = () => {
          request.result.close();
          resolve();
        };
        transaction.onerror = () => reject(transaction.error);
      };
    });
    await db.open();
    const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW, 'since');
    expect(report.problems.map((problem) => [problem.code, problem.params?.seq])).toEqual([['integrity.rule', '17']]);
  });

  it('checks the whole register when no head was verified yet', async () => {
    const db = trackedDatabase();
    accepted(await record(db, officineDrafts().slice(0, 12), NOW));
    const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW, 'since');
    expect(report).toMatchObject({ problems: [], scope: { kind: 'whole' }, events: 12 });
  });
});

describe('the schedule of the whole check', () => {
  it('is due without a whole check, not just after one, and again after a week', async () => {
    const db = trackedDatabase();
    accepted(await record(db, officineDrafts().slice(0, 5), NOW));
    expect(await wholeCheckDue(dexieStore(db), NOW)).toBe(true);
    await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW, 'since');
    expect(await wholeCheckDue(dexieStore(db), NOW)).toBe(false);
    const later = new Date(NOW.getTime() + WHOLE_CHECK_EVERY_DAYS * 24 * 60 * 60 * 1000);
    expect(await wholeCheckDue(dexieStore(db), later)).toBe(true);
    // A check of the new events alone keeps the date of the last whole one.
    await checkIntegrity(dexieStore(db), null, REGISTER_ID, later, 'since');
    expect(await wholeCheckDue(dexieStore(db), later)).toBe(true);
  });
});
