// The state row the write door decides against, changed behind the application's back.
import { describe, expect, it } from 'vitest';
import { record } from '../../../../renderer/db/record';
import { checkIntegrity } from '../../../../renderer/features/integrity/check-integrity';
import { describeError } from '../../../../shared/errors';
import { trackedDatabase } from '../../../fixtures/database';
import { accepted } from '../../../fixtures/result';
import { NOW, officineDrafts } from '../../db/every-draft';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const REGISTER_ID = 'REG-2026-001';

/** Rewrites the state row with the raw IndexedDB API, as a tamperer would. */
function tamperState(name: string, change: (row: Record<string, unknown>) => Record<string, unknown>) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const transaction = request.result.transaction('state', 'readwrite');
      const store = transaction.objectStore('state');
      const read = store.get('register');
      read.onsuccess = () => store.put(change(read.result as Record<string, unknown>));
      transaction.oncomplete = () => {
        request.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
    request.onerror = () => reject(request.error);
  });
}

async function registerOf(count: number) {
  const db = trackedDatabase();
  accepted(await record(db, officineDrafts().slice(0, count), NOW));
  return db;
}

describe('the integrity check and the stored state', () => {
  it('finds nothing to say when the state row is the fold of the events', async () => {
    const db = await registerOf(15);
    const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW);
    expect(report.problems).toEqual([]);
    expect(report.events).toBe(15);
  });

  it('reports, in French, a stock changed in the state row behind the application’s back', async () => {
    const db = await registerOf(15);
    db.close();
    await tamperState(db.name, (row) => {
      const products = row.products as [string, { stock: { total: number } }][];
      for (const [, product] of products) product.stock.total += 1_000_000;
      return row;
    });
    await db.open();
    const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW);
    expect(report.problems.map((problem) => problem.code)).toEqual(['integrity.stateDiffers']);
    const message = describeError(report.problems[0]!);
    expect(message).toContain('l’état du registre conservé dans la base');
    expect(message).toContain('au n° d’ordre 15) ne correspond pas à ses mouvements');
  });

  it('reports a validator added to the state row who was never authorised in the register', async () => {
    const db = await registerOf(8);
    db.close();
    await tamperState(db.name, (row) => ({
      ...row,
      validators: [...(row.validators as unknown[]), ['10009999999', { name: 'Inconnu', orderNumber: '10009999999', role: 'Pharmacien adjoint' }]],
    }));
    await db.open();
    const report = await checkIntegrity(dexieStore(db), null, REGISTER_ID, NOW);
    expect(report.problems.map((problem) => problem.code)).toEqual(['integrity.stateDiffers']);
  });
});
