import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import { appendEvents } from '../../../renderer/db/append-events';
import type { RegisterDatabase } from '../../../renderer/db/database';
import { listValidators, readClosure, readIdentity } from '../../../renderer/db/queries';
import { identityAtHead } from '../../../shared/package/identity';
import { verifyChain } from '../../../shared/register/chain';
import type { Draft } from '../../../shared/register/validate';
import { dispensationDraft, HOLDER, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { trackedDatabase } from '../../fixtures/database';
import { accepted, refusal } from '../../fixtures/result';
import { COLLEAGUE } from '../../shared/register/drafts';

const NOW = new Date(2026, 2, 10, 18, 0);
const BUYER = { name: 'Yann Le Floch', orderNumber: '10007654321' };

/** Opened by Claire Martin, a colleague authorised, 30 morphine received, 5 dispensed by the colleague. */
async function register(db: RegisterDatabase) {
  for (const draft of [
    on('2026-03-02', openingDraft()),
    on('2026-03-02', productDraft()),
    { operationDate: '2026-03-02', body: { type: 'validator.authorized', person: { ...COLLEAGUE } } } as Draft,
    on('2026-03-03', receiptDraft({ productId: 'P2', quantity: units(30) })),
    { ...on('2026-03-04', dispensationDraft({ productId: 'P2', quantity: units(5) })), validatedBy: COLLEAGUE.orderNumber },
  ]) {
    accepted(await appendEvent(db, draft, NOW));
  }
}

/**
 * The contradictory inventory (24 found where 25 were expected) and its écart, as the
 * wizard records them, then (unless `printed` is false) its transfer-inventory PDF.
 */
async function contradictoryInventory(db: RegisterDatabase, buyer = BUYER, printed = true) {
  const inventory: Draft = {
    operationDate: '2026-03-09',
    body: {
      type: 'inventory.taken',
      lines: [
        { productId: 'P2', compartment: 'dispensable', counted: units(24), method: 'count', reason: 'Casse' },
        { productId: 'P2', compartment: 'quarantine', counted: 0, method: 'count' },
      ] as never,
      countedBy: 'Claire Martin, Yann Le Floch',
      counterParty: buyer,
    },
  };
  const sealed = accepted(await appendEvents(db, [inventory, { adjustmentsOf: 0, operationDate: '2026-03-09' }], NOW));
  const seq = sealed[0]!.seq;
  if (printed) {
    const transfer = {
      type: 'edition.produced' as const,
      edition: 'transfer-inventory' as const,
      inventory: seq,
      from: '2026-03-09',
      to: '2026-03-09',
      fileName: `2026-03-09_inventaire-cession_20260309-1000.pdf`,
      sha256: 'a'.repeat(64),
      size: 1,
    };
    accepted(await appendEvent(db, { operationDate: '2026-03-09', body: transfer }, NOW));
  }
  return sealed;
}

describe('a change of holder in the register', () => {
  it('makes the buyer the holder and only validator; the seller and their colleague are refused; nothing before is rewritten', async () => {
    const db = trackedDatabase();
    await register(db);
    const [inventory] = await contradictoryInventory(db);
    const before = await db.events.toArray();
    const change = accepted(
      await appendEvent(db, { operationDate: '2026-03-10', body: { type: 'holder.changed', holder: BUYER, inventory: inventory!.seq } }, NOW),
    );
    expect(change).toMatchObject({ validatedBy: HOLDER, holder: BUYER });

    expect(await listValidators(db)).toEqual([{ ...BUYER, role: 'Titulaire' }]);
    expect((await readIdentity(db))?.holder).toEqual(BUYER);
    expect(
      refusal(await appendEvent(db, { ...on('2026-03-10', dispensationDraft({ quantity: units(1) })), validatedBy: HOLDER.orderNumber }, NOW)),
    ).toMatchObject({ code: 'validator.notAuthorized' });
    expect(
      refusal(await appendEvent(db, { ...on('2026-03-10', dispensationDraft({ quantity: units(1) })), validatedBy: COLLEAGUE.orderNumber }, NOW)),
    ).toMatchObject({ code: 'validator.notAuthorized' });
    const byBuyer = accepted(await appendEvent(db, { ...on('2026-03-10', dispensationDraft({ quantity: units(1) })), validatedBy: BUYER.orderNumber }, NOW));
    expect(byBuyer.validatedBy).toEqual(BUYER);

    const after = await db.events.toArray();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.find((event) => event.seq === 5)?.validatedBy).toEqual({ name: COLLEAGUE.name, orderNumber: COLLEAGUE.orderNumber });
    expect(verifyChain(after)).toBeNull();
    // The hand-over package's manifest and décharge name both (branch package).
    expect(identityAtHead(after)).toMatchObject({ holder: BUYER, previousHolder: HOLDER });
  });

  it('lets the buyer authorise their own people', async () => {
    const db = trackedDatabase();
    await register(db);
    const [inventory] = await contradictoryInventory(db);
    accepted(await appendEvent(db, { operationDate: '2026-03-10', body: { type: 'holder.changed', holder: BUYER, inventory: inventory!.seq } }, NOW));
    const assistant = { name: 'Nolwenn Guégan', orderNumber: '10001112223', role: 'Pharmacien adjoint' };
    accepted(await appendEvent(db, { operationDate: '2026-03-10', body: { type: 'validator.authorized', person: assistant } }, NOW));
    expect((await listValidators(db)).map((person) => person.orderNumber)).toEqual([BUYER.orderNumber, assistant.orderNumber]);
  });

  it('lets the seller’s adjoint buy: they become the holder, alone, and the seller no longer validates', async () => {
    const db = trackedDatabase();
    await register(db);
    const adjoint = { name: COLLEAGUE.name, orderNumber: COLLEAGUE.orderNumber };
    const [inventory] = await contradictoryInventory(db, adjoint);
    accepted(await appendEvent(db, { operationDate: '2026-03-10', body: { type: 'holder.changed', holder: adjoint, inventory: inventory!.seq } }, NOW));
    expect(await listValidators(db)).toEqual([{ ...adjoint, role: 'Titulaire' }]);
    expect(
      refusal(await appendEvent(db, { ...on('2026-03-10', dispensationDraft({ quantity: units(1) })), validatedBy: HOLDER.orderNumber }, NOW)),
    ).toMatchObject({ code: 'validator.notAuthorized' });
  });

  it('is refused when a movement came after the contradictory inventory', async () => {
    const db = trackedDatabase();
    await register(db);
    const [inventory] = await contradictoryInventory(db);
    accepted(await appendEvent(db, on('2026-03-10', dispensationDraft({ quantity: units(1) })), NOW));
    expect(
      refusal(await appendEvent(db, { operationDate: '2026-03-10', body: { type: 'holder.changed', holder: BUYER, inventory: inventory!.seq } }, NOW)),
    ).toMatchObject({ code: 'cession.movedSinceInventory' });
  });

  it('is refused until the transfer-inventory PDF of that inventory is produced', async () => {
    const db = trackedDatabase();
    await register(db);
    const [inventory] = await contradictoryInventory(db, BUYER, false);
    expect(
      refusal(await appendEvent(db, { operationDate: '2026-03-10', body: { type: 'holder.changed', holder: BUYER, inventory: inventory!.seq } }, NOW)),
    ).toMatchObject({ code: 'cession.transferNotPrinted', params: { seq: String(inventory!.seq) } });
  });
});

describe('the definitive closure in the register', () => {
  it('is refused while stock remains, then accepted once it is gone, and the register refuses movements after it', async () => {
    const db = trackedDatabase();
    await register(db);
    const close: Draft = {
      operationDate: '2026-03-10',
      body: { type: 'register.closed', reason: 'Cessation d’activité', depositedWith: { authority: 'ARS', address: 'ARS Bretagne' } },
    };
    expect(refusal(await appendEvent(db, close, NOW))).toMatchObject({ code: 'cessation.stockRemains', params: { products: '« Morphine sulfate LP 10 mg »' } });
    accepted(
      await appendEvent(
        db,
        {
          operationDate: '2026-03-10',
          body: {
            type: 'supplier.return',
            productId: 'P2',
            quantity: units(25),
            compartment: 'dispensable',
            supplier: { name: 'Répartiteur Ouest', address: 'Caudan' },
            reason: 'Cessation',
          },
        },
        NOW,
      ),
    );
    const closed = accepted(await appendEvent(db, close, NOW));
    expect(await readClosure(db)).toEqual(closed);
    expect(refusal(await appendEvent(db, on('2026-03-10', receiptDraft({ quantity: units(1) })), NOW))).toMatchObject({
      code: 'register.closed',
      params: { seq: String(closed.seq) },
    });
  });
});
