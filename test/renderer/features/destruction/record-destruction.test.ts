import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { productStock } from '../../../../renderer/db/queries';
import { listDossiers, recordCertificate, recordCopySent, recordPlan } from '../../../../renderer/features/destruction/record-destruction';
import { verifyChain } from '../../../../shared/register/chain';
import { registerLines } from '../../../../shared/stock/movements';
import { on, openingDraft, productDraft, receiptDraft, units } from '../../../fixtures/drafts';
import { trackedDatabase } from '../../../fixtures/database';
import { accepted, refusal } from '../../../fixtures/result';
import { patientReturnDraft, quarantineMoveDraft } from '../../../shared/register/drafts';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const NOW = new Date(2026, 2, 10, 18, 0);
const WITNESS = { name: 'Dr Hélène Kerjean', orderNumber: '10004455667', council: 'Conseil régional de l’Ordre des pharmaciens de Bretagne' };

/** P2 morphine: 30 received (lot L4521), 5 of them set aside, 3 brought back: 33 in the register, 8 in quarantine. */
async function register(db: RegisterDatabase) {
  for (const draft of [
    on('2026-03-02', openingDraft()),
    on('2026-03-02', productDraft()),
    on('2026-03-03', receiptDraft({ productId: 'P2', quantity: units(30), lot: 'L4521' })),
    on('2026-03-04', quarantineMoveDraft({ productId: 'P2', quantity: units(5), lot: 'L4521' })),
    on('2026-03-05', patientReturnDraft({ productId: 'P2', quantity: units(3) })),
  ]) {
    accepted(await appendEvent(db, draft, NOW));
  }
}

async function plan(db: RegisterDatabase) {
  return recordPlan(
    dexieStore(db),
    {
      operationDate: '2026-03-06',
      body: {
        type: 'destruction.planned',
        plannedDate: '2026-03-10',
        witness: WITNESS,
        inspector: 'ARS Bretagne',
        items: [
          { productId: 'P2', lot: 'L4521', quantity: units(5) },
          { productId: 'P2', quantity: units(3) },
        ],
      },
    },
    NOW,
  );
}

describe('the destruction dossier in the register', () => {
  it('numbers the plan, then seals the PV with one exit per item in one transaction: quarantine and balance go down', async () => {
    const db = trackedDatabase();
    await register(db);
    const planned = accepted(await plan(db));
    expect(planned).toMatchObject({ seq: 6, type: 'destruction.planned', dossier: 'PV-2026-001' });
    const [dossier] = await listDossiers(dexieStore(db));
    if (!dossier) throw new Error('dossier absent');

    const sealed = accepted(
      await recordCertificate(
        dexieStore(db),
        dossier,
        { operationDate: '2026-03-10', body: { type: 'destruction.certified', dossier: 'PV-2026-001', method: 'Dissolution puis gélifiant' } },
        NOW,
      ),
    );
    expect(sealed.map((event) => [event.seq, event.type])).toEqual([
      [7, 'destruction.certified'],
      [8, 'destruction'],
      [9, 'destruction'],
    ]);
    expect(sealed[1]).toMatchObject({ productId: 'P2', lot: 'L4521', quantity: units(5), dossier: 'PV-2026-001', operationDate: '2026-03-10' });
    expect(sealed[2]).toMatchObject({ productId: 'P2', quantity: units(3), dossier: 'PV-2026-001' });
    expect(await productStock(db, 'P2')).toEqual({ total: units(25), quarantine: units(0) });
    const lines = registerLines(await db.events.where('productId').equals('P2').sortBy('seq'));
    expect(lines.at(-1)).toMatchObject({ exit: units(3), balance: units(25), compartment: 'quarantine' });

    accepted(await recordCopySent(dexieStore(db), 'PV-2026-001', { operationDate: '2026-03-10' }, NOW));
    const [done] = await listDossiers(dexieStore(db));
    expect(done).toMatchObject({ certified: { seq: 7 }, copySent: { seq: 10 } });
    expect(done?.destroyed.map((event) => event.seq)).toEqual([8, 9]);
    expect(verifyChain(await db.events.orderBy('seq').toArray())).toBeNull();
  });

  it('writes nothing when one exit is refused: the PV is not sealed alone', async () => {
    const db = trackedDatabase();
    await register(db);
    accepted(await plan(db));
    const [dossier] = await listDossiers(dexieStore(db));
    if (!dossier) throw new Error('dossier absent');
    // Since the plan, 2 of the quarantine went back to the supplier: the plan's 3 unlotted no longer fit.
    accepted(
      await appendEvent(
        db,
        {
          operationDate: '2026-03-07',
          body: {
            type: 'supplier.return',
            productId: 'P2',
            quantity: units(2),
            compartment: 'quarantine',
            supplier: { name: 'Répartiteur Ouest', address: 'Caudan' },
            reason: 'Reprise',
          },
        },
        NOW,
      ),
    );
    const refused = refusal(
      await recordCertificate(
        dexieStore(db),
        dossier,
        { operationDate: '2026-03-10', body: { type: 'destruction.certified', dossier: 'PV-2026-001', method: 'Dissolution' } },
        NOW,
      ),
    );
    expect(refused).toMatchObject({ code: 'stock.insufficientQuarantine' });
    expect(await db.events.count()).toBe(7);
    expect((await listDossiers(dexieStore(db)))[0]?.certified).toBeUndefined();
  });

  it('refuses to plan more than the quarantine holds', async () => {
    const db = trackedDatabase();
    await register(db);
    const refused = refusal(
      await recordPlan(
        dexieStore(db),
        {
          operationDate: '2026-03-06',
          body: {
            type: 'destruction.planned',
            plannedDate: '2026-04-06',
            witness: WITNESS,
            inspector: 'ARS Bretagne',
            items: [{ productId: 'P2', quantity: units(9) }],
          },
        },
        NOW,
      ),
    );
    expect(refused).toMatchObject({ code: 'destruction.exceedsQuarantine', params: { available: '8', requested: '9' } });
  });
});
