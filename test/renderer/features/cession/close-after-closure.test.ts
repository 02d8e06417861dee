import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import { listClosures } from '../../../../renderer/db/queries';
import { closeEndedMonths } from '../../../../renderer/features/closure/close-ended-months';
import { on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { trackedDatabase } from '../../../fixtures/database';
import { accepted } from '../../../fixtures/result';
import { dexieStore } from '../../../../renderer/db/dexie-store';

describe('monthly closure of a register closed for good', () => {
  it('seals the months up to the one of the closure, once ended, and no later one', async () => {
    const db = trackedDatabase();
    const inMarch = new Date(2026, 2, 20, 9, 0);
    for (const draft of [on('2026-02-02', openingDraft()), on('2026-02-02', productDraft()), on('2026-02-03', receiptDraft({ quantity: units(10) }))]) {
      accepted(await appendEvent(db, draft, inMarch));
    }
    accepted(
      await appendEvent(
        db,
        {
          operationDate: '2026-03-18',
          body: {
            type: 'supplier.return',
            productId: 'P2',
            quantity: units(10),
            compartment: 'dispensable',
            supplier: { name: 'Répartiteur Ouest', address: 'Caudan' },
            reason: 'Cessation',
          },
        },
        inMarch,
      ),
    );
    accepted(
      await appendEvent(
        db,
        { operationDate: '2026-03-20', body: { type: 'register.closed', reason: 'Cessation', depositedWith: { authority: 'ARS', address: 'ARS Bretagne' } } },
        inMarch,
      ),
    );

    accepted(await closeEndedMonths(dexieStore(db), new Date(2026, 5, 2, 9, 0)));
    expect((await listClosures(db)).map((closure) => closure.month)).toEqual(['2026-02', '2026-03']);
    expect(accepted(await closeEndedMonths(dexieStore(db), new Date(2026, 8, 2, 9, 0)))).toEqual([]);
  });
});
