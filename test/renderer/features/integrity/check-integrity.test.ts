// The integrity check against a database altered through the raw IndexedDB API (what
// the write-once middleware cannot stop) and against the real reserve handlers.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../../renderer/features/integrity/check-integrity';
import { describeError } from '../../../../shared/errors';
import { serializeLine } from '../../../../shared/journal/line';
import type { RegisterEvent } from '../../../../shared/register/events';
import { trackedDatabase } from '../../../fixtures/database';
import { useTempMainProcess } from '../../../fixtures/main-process';
import { sealedSlice } from '../../../fixtures/events';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000003';
const NOW = new Date('2026-03-10T10:00:00Z');
const main = useTempMainProcess();

async function mainApiWithReserve(journal: readonly RegisterEvent[] | null) {
  return journal ? main.reserveHolding(REGISTER_ID, journal) : main.api();
}

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

async function databaseWith(events: RegisterEvent[]) {
  const db = trackedDatabase();
  await db.events.bulkAdd(events);
  return db;
}

describe('checkIntegrity', () => {
  it('reports an intact register whose reserve agrees', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    const report = await checkIntegrity(dexieStore(db), await mainApiWithReserve(events), REGISTER_ID, NOW);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ events: 4, head: { seq: 4, hash: events[3]?.hash }, reserve: { kind: 'agrees', duplicated: 4, pending: 0 } });
  });

  it('names the order number of an entry altered through the raw IndexedDB API', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    db.close();
    await tamper(db.name, 3, { quantity: 99_000 });
    await db.open();
    const report = await checkIntegrity(dexieStore(db), await mainApiWithReserve(null), REGISTER_ID, NOW);
    expect(report.problems).toEqual([{ code: 'integrity.hash', params: { seq: '3' } }]);
  });

  it('reports, in French with a reference, an entry the chain check cannot even read, and still checks the reserve', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    db.close();
    await tamper(db.name, 3, { quantity: Number.NaN });
    await db.open();
    const report = await checkIntegrity(dexieStore(db), await mainApiWithReserve(events), REGISTER_ID, NOW);
    expect(report.problems).toEqual([{ code: 'unexpected', params: { reference: expect.stringMatching(/^[A-Z2-9]{6}$/) } }]);
    expect(describeError(report.problems[0]!)).toMatch(/^Erreur inattendue/);
    expect(report.reserve).toMatchObject({ kind: 'agrees' });
  });

  it('names a missing order number', async () => {
    const events = sealedSlice();
    const db = await databaseWith([events[0], events[1], events[3]].filter((event): event is RegisterEvent => event !== undefined));
    const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW);
    expect(report.problems).toEqual([{ code: 'integrity.gap', params: { seq: '4', expected: '3' } }]);
  });

  it('names the altered line of the reserve journal', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    const api = await mainApiWithReserve(events);
    const path = main.journalPath(REGISTER_ID);
    await writeFile(path, events.map(serializeLine).join('').replace('"quantity":30000', '"quantity":3000'));
    const report = await checkIntegrity(dexieStore(db), api, REGISTER_ID, NOW);
    expect(report.problems).toEqual([{ code: 'integrity.reserveBroken', params: { line: '3', seq: '3', reason: 'contenu modifié' } }]);
  });

  it('reports a reserve that holds more than the database', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events.slice(0, 2));
    const report = await checkIntegrity(dexieStore(db), await mainApiWithReserve(events), REGISTER_ID, NOW);
    expect(report.problems).toEqual([{ code: 'integrity.reserveDisagrees', params: { seq: '3' } }]);
  });
});
