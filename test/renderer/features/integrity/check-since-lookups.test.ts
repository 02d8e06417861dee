// The check at start replays the new events' rules from the state verified at the head,
// which keeps neither the lots emptied before it, nor what each movement was attributed,
// nor the patients' prescriptions. Each look-up a new event declares must be answered as
// the write door answered it when the event was recorded: otherwise a register kept by
// the application would raise a false alarm at every start. And a forgery added since
// must still be named.
import { describe, expect, it } from 'vitest';
import { dexieStore } from '../../../../renderer/db/dexie-store';
import { record } from '../../../../renderer/db/record';
import { checkIntegrity } from '../../../../renderer/features/integrity/check-integrity';
import type { Dispensation, PrescriptionRecord, RegisterEvent } from '../../../../shared/register/events';
import type { Draft } from '../../../../shared/register/validate';
import { trackedDatabase } from '../../../fixtures/database';
import { correctionDraft, dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { reseal } from '../../../fixtures/events';
import { accepted } from '../../../fixtures/result';
import { quarantineMoveDraft } from '../../../shared/register/drafts';

const REGISTER_ID = 'REG-2026-001';
const NOW = new Date(2026, 2, 31, 18, 0);
/** A prescription of 28 units for 28 days, dispensed in several times (art. R. 5132-30). */
const RX: PrescriptionRecord = { date: '2026-03-02', days: 28, quantity: units(28) };

function onPrescription(day: string, overrides: Partial<Dispensation> = {}): Draft {
  return on(day, dispensationDraft({ quantity: units(10), prescription: { ...RX }, ...overrides }));
}

/** Writes events with the raw IndexedDB API, as a forger would (the application writes each once). */
function overwrite(name: string, events: readonly RegisterEvent[]) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const transaction = request.result.transaction('events', 'readwrite');
      for (const event of events) transaction.objectStore('events').put(event);
      transaction.oncomplete = () => {
        request.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
    request.onerror = () => reject(request.error);
  });
}

/**
 * Before the head (n° 7): lots LA, LC and LB received (n° 3 to 5); n° 6 empties LA, n° 7
 * (the patient's first dispensation on the prescription) empties LC, FEFO. Checked whole:
 * head at n° 7. After it, through the write door: n° 8 corrects n° 6 (units back to LA,
 * as it was received), n° 9 sets units of LC aside in quarantine, n° 10 dispenses again on
 * the same prescription, n° 11 receives LA again.
 */
async function headThenLookups() {
  const db = trackedDatabase();
  const store = dexieStore(db);
  accepted(
    await record(
      db,
      [
        openingDraft(),
        productDraft(),
        on('2026-03-02', receiptDraft({ lot: 'LA', expiry: '2026-06', quantity: units(10), deliveryRef: 'BL-A' })),
        on('2026-03-02', receiptDraft({ lot: 'LC', expiry: '2026-09', quantity: units(10), deliveryRef: 'BL-C' })),
        on('2026-03-02', receiptDraft({ lot: 'LB', expiry: '2029-12', quantity: units(500), deliveryRef: 'BL-B' })),
      ],
      NOW,
    ),
  );
  accepted(await record(db, [on('2026-03-03', dispensationDraft({ quantity: units(10) }))], NOW)); // 6: LA emptied
  accepted(await record(db, [onPrescription('2026-03-03', { ordonnancierNumber: '2026-000050' })], NOW)); // 7: LC emptied
  expect(await checkIntegrity(store, null, REGISTER_ID, NOW, 'whole')).toMatchObject({ problems: [], head: { seq: 7 } });
  accepted(await record(db, [on('2026-03-10', correctionDraft(6, { reason: 'doublon', comment: 'saisie en double' }))], NOW)); // 8
  accepted(await record(db, [on('2026-03-10', quarantineMoveDraft({ lot: 'LC', quantity: units(1) }))], NOW)); // 9
  accepted(await record(db, [onPrescription('2026-03-11', { ordonnancierNumber: '2026-000051', quantity: units(9) })], NOW)); // 10: all that is left of the prescription's share
  accepted(await record(db, [on('2026-03-12', receiptDraft({ lot: 'LA', expiry: '2026-04', quantity: units(5), deliveryRef: 'BL-A2' }))], NOW)); // 11
  return { db, store };
}

describe('the check at start, on events whose look-ups reach before the verified head', () => {
  it('accepts a correction of a movement before the head, a lot emptied before it, and a patient’s earlier dispensation', async () => {
    const { store } = await headThenLookups();
    const report = await checkIntegrity(store, null, REGISTER_ID, NOW, 'since');
    expect(report).toMatchObject({ problems: [], scope: { kind: 'since', since: 7 }, events: 4, head: { seq: 11 } });
  });

  it('names a dispensation added since and sealed again that exceeds the prescription only with the one before the head', async () => {
    const { db, store } = await headThenLookups();
    // n° 10 again: nothing is left once n° 7, before the head, is counted; without it, 9 of 19 would be.
    const again = (await db.events.get(10)) as RegisterEvent;
    const last = (await db.events.get(11)) as RegisterEvent;
    const forged = reseal(again, { seq: 12, prevHash: last.hash, recordedAt: last.recordedAt, ordonnancierNumber: '2026-000052' });
    db.close();
    await overwrite(db.name, [forged]);
    await db.open();
    const report = await checkIntegrity(store, null, REGISTER_ID, NOW, 'since');
    expect(report.problems.map((problem) => [problem.code, problem.params?.seq])).toEqual([['integrity.rule', '12']]);
    expect(report.problems[0]?.params?.message).toContain('ordonnance');
  });

  it('names a quarantine move of a lot the register received only after it', async () => {
    const { db, store } = await headThenLookups();
    // n° 9 names LD, and n° 11 becomes LD's first receipt: chained again from the head on.
    const [nine, ten, eleven] = (await db.events.where('seq').between(9, 11, true, true).toArray()) as [RegisterEvent, RegisterEvent, RegisterEvent];
    const head = (await db.events.get(8)) as RegisterEvent;
    const forgedNine = reseal(nine, { prevHash: head.hash, lot: 'LD' });
    const forgedTen = reseal(ten, { prevHash: forgedNine.hash });
    const forgedEleven = reseal(eleven, { prevHash: forgedTen.hash, lot: 'LD' });
    db.close();
    await overwrite(db.name, [forgedNine, forgedTen, forgedEleven]);
    await db.open();
    const report = await checkIntegrity(store, null, REGISTER_ID, NOW, 'since');
    expect(report.problems.map((problem) => [problem.code, problem.params?.seq])).toEqual([['integrity.rule', '9']]);
  });

  it('folds an entry recorded during the check as the write door did: a correction of a movement before the head', async () => {
    const { db, store } = await headThenLookups();
    // The correction of n° 7 (LC's units, before the head) is recorded once the pages are read, before the state is compared.
    const during = {
      ...store,
      storedStateWith: async (after: number, each: (event: RegisterEvent) => void) => {
        accepted(await record(db, [on('2026-03-13', correctionDraft(7, { reason: 'doublon', comment: 'saisie en double' }))], NOW));
        return store.storedStateWith(after, each);
      },
    };
    const report = await checkIntegrity(during, null, REGISTER_ID, NOW, 'since');
    expect(report).toMatchObject({ problems: [], scope: { kind: 'since', since: 7 }, events: 4, head: { seq: 11 } });
  });
});
