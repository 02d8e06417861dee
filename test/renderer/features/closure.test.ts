import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../renderer/db/database';
import { listClosures } from '../../../renderer/db/queries';
import { closeEndedMonths } from '../../../renderer/features/closure/close-ended-months';
import type { Draft } from '../../../shared/register/validate';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { trackedDatabase } from '../../fixtures/database';
import { accepted, refusal } from '../../fixtures/result';
import { dexieStore } from '../../../renderer/db/dexie-store';

const IN_JANUARY = new Date(2026, 0, 20, 12, 0);

async function record(db: RegisterDatabase, now: Date, ...drafts: Draft[]) {
  for (const draft of drafts) accepted(await appendEvent(db, draft, now));
}

/** Opened 5 January 2026; 30 received on the 15th, 12 dispensed on the 20th, 5 returned by a patient. */
async function januaryRegister() {
  const db = trackedDatabase();
  await record(
    db,
    IN_JANUARY,
    on('2026-01-05', openingDraft()),
    on('2026-01-05', productDraft()),
    on('2026-01-15', receiptDraft({ quantity: units(30) })),
    on('2026-01-20', dispensationDraft({ quantity: units(12) })),
    { operationDate: '2026-01-20', body: { type: 'patient.return', productId: 'P2', quantity: units(5), returnedBy: 'Famille Dupont' } },
  );
  return db;
}

describe('monthly closure', () => {
  it('closes nothing while the month of the opening is still running', async () => {
    const db = await januaryRegister();
    expect(accepted(await closeEndedMonths(dexieStore(db), IN_JANUARY))).toEqual([]);
  });

  it('seals each ended month in order, dated its last day, with opening, entries and exits by kind, closing', async () => {
    const db = await januaryRegister();
    const closures = accepted(await closeEndedMonths(dexieStore(db), new Date(2026, 3, 2, 9, 0)));
    expect(closures.map((event) => [event.seq, event.operationDate, event.type === 'month.closed' && event.month])).toEqual([
      [6, '2026-01-31', '2026-01'],
      [7, '2026-02-28', '2026-02'],
      [8, '2026-03-31', '2026-03'],
    ]);
    const [january, february] = await listClosures(db);
    expect(january?.head).toEqual({ seq: 5, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(january?.products).toEqual([
      {
        productId: 'P2',
        opening: 0,
        openingQuarantine: 0,
        entriesByKind: { receipt: units(30), 'patient.return': units(5) },
        exitsByKind: { dispensation: units(12) },
        entries: units(35),
        exits: units(12),
        closing: units(23),
        closingQuarantine: units(5),
      },
    ]);
    // A month without movements still closes, carrying the stock over.
    expect(february?.products).toEqual([
      {
        productId: 'P2',
        opening: units(23),
        openingQuarantine: units(5),
        entriesByKind: {},
        exitsByKind: {},
        entries: 0,
        exits: 0,
        closing: units(23),
        closingQuarantine: units(5),
      },
    ]);
  });

  it('never closes a month twice, and then refuses any operation dated in it', async () => {
    const db = await januaryRegister();
    const inFebruary = new Date(2026, 1, 3, 9, 0);
    accepted(await closeEndedMonths(dexieStore(db), inFebruary));
    expect(accepted(await closeEndedMonths(dexieStore(db), inFebruary))).toEqual([]);
    const again = await appendEvent(db, { operationDate: '2026-01-31', body: { type: 'month.closed', month: '2026-01' } }, inFebruary);
    expect(refusal(again)).toMatchObject({ code: 'closure.outOfOrder', params: { month: '01/2026', expected: '02/2026' } });
    const late = await appendEvent(db, on('2026-01-30', receiptDraft()), inFebruary);
    expect(refusal(late)).toMatchObject({ code: 'date.inClosedMonth', field: 'operationDate', params: { month: '2026-01' } });
    expect(await db.events.count()).toBe(6);
  });

  it('refuses to close a month that has not ended', async () => {
    const db = await januaryRegister();
    const early = await appendEvent(db, { operationDate: '2026-01-31', body: { type: 'month.closed', month: '2026-01' } }, IN_JANUARY);
    expect(refusal(early).code).toBe('closure.monthNotEnded');
  });
});
