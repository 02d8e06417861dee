import { describe, expect, it } from 'vitest';
import type { InventoryTaken, RegisterEvent } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { decideDraft, fold, type TestRegister } from '../../fixtures/register';
import { checkStillOpen, movedAfterInventory } from '../../../shared/register/validate-cession';
import { collect } from '../../../shared/register/refusal';
import {
  HOLDER,
  MORPHINE,
  on,
  OPERATION_DAY,
  openedContext,
  receiptDraft,
  stock,
  TODAY,
  units,
  veterinaryContext,
  type RegisterOptions,
} from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { COLLEAGUE, supplierReturnDraft } from './drafts';

const BUYER = { name: 'Yann Le Floch', orderNumber: '10007654321' };
const CUT_OFF = '2026-03-09';

function sealedAs<T extends RegisterEvent['type']>(
  seq: number,
  operationDate: string,
  body: Record<string, unknown> & { type: T },
): Extract<RegisterEvent, { type: T }> {
  return {
    format: 1,
    seq,
    prevHash: '0'.repeat(64),
    recordedAt: `${operationDate}T10:00:00.000Z`,
    operationDate,
    validatedBy: HOLDER,
    hash: 'f'.repeat(64),
    ...body,
  } as unknown as Extract<RegisterEvent, { type: T }>;
}

/** The contradictory inventory n° 12 of the cession: the buyer was present. */
function contradictory(overrides: Partial<InventoryTaken> = {}) {
  return sealedAs(12, CUT_OFF, {
    type: 'inventory.taken',
    lines: [{ productId: 'P2', compartment: 'dispensable', expected: units(30), counted: units(29), method: 'count', reason: 'Casse' }],
    countedBy: 'Claire Martin, Yann Le Floch',
    counterParty: BUYER,
    ...overrides,
  });
}

function holderChange(overrides: Record<string, unknown> = {}, operationDate = CUT_OFF, validatedBy?: string): Draft {
  return {
    operationDate,
    body: { type: 'holder.changed', holder: { ...BUYER }, inventory: 12, ...overrides } as Draft['body'],
    ...(validatedBy === undefined ? {} : { validatedBy }),
  };
}

/** What the register holds of the cession: the event n° 12, whether stock moved after it, whether its transfer PDF was produced. */
interface Cession {
  inventory?: RegisterEvent;
  movedSinceInventory?: boolean;
  transferPrinted?: boolean;
}

/** The register with these events folded in after the usual ones, as a journal brings them. */
function cessionContext(
  cession: Cession = { inventory: contradictory(), movedSinceInventory: false, transferPrinted: true },
  options: RegisterOptions = {},
): TestRegister {
  const register = openedContext({ validators: [COLLEAGUE], ...options });
  const after: RegisterEvent[] = [];
  if (cession.inventory) after.push(cession.inventory);
  if (cession.movedSinceInventory) after.push(sealedAs(13, CUT_OFF, { type: 'patient.return', productId: 'P2', quantity: units(1), returnedBy: 'X' }));
  if (cession.transferPrinted) {
    after.push(
      sealedAs(14, CUT_OFF, {
        type: 'edition.produced',
        edition: 'transfer-inventory',
        from: CUT_OFF,
        to: CUT_OFF,
        inventory: 12,
        fileName: 'inventaire.pdf',
        sha256: 'a'.repeat(64),
        size: 1,
      }),
    );
  }
  return fold(register, after);
}

describe('holder.changed: the hand-over to the buyer', () => {
  it('is accepted from the holder, naming the buyer and the contradictory inventory', () => {
    const valid = accepted(decideDraft(holderChange(), cessionContext()));
    expect(valid.body).toEqual({ type: 'holder.changed', holder: BUYER, inventory: 12 });
    expect(valid.validatedBy).toEqual(HOLDER);
    expect(valid.operationDate).toBe(CUT_OFF);
  });

  it('is refused from anyone but the holder, even an authorised colleague', () => {
    expect(refusal(decideDraft(holderChange({}, CUT_OFF, COLLEAGUE.orderNumber), cessionContext()))).toMatchObject({
      code: 'cession.holderOnly',
      field: 'validatedBy',
      params: { name: HOLDER.name },
    });
  });

  it('asks for the buyer’s name and number', () => {
    expect(refusal(decideDraft(holderChange({ holder: { name: ' ', orderNumber: BUYER.orderNumber } }), cessionContext()))).toMatchObject({
      code: 'field.required',
      field: 'holder.name',
    });
    expect(refusal(decideDraft(holderChange({ holder: { name: BUYER.name } }), cessionContext()))).toMatchObject({
      code: 'field.required',
      field: 'holder.orderNumber',
    });
  });

  it('is refused when the buyer is already the holder', () => {
    expect(refusal(decideDraft(holderChange({ holder: { ...HOLDER } }), cessionContext()))).toMatchObject({ code: 'cession.sameHolder' });
  });

  it('is refused when the order number it names is not an inventory', () => {
    const receipt = sealedAs(12, CUT_OFF, {
      type: 'receipt',
      productId: 'P2',
      quantity: units(1),
      supplier: { name: 'a', address: 'b', profession: 'c' },
      deliveryRef: 'x',
      lot: 'L',
      expiry: '2028-01',
    });
    expect(refusal(decideDraft(holderChange(), cessionContext({ inventory: receipt })))).toMatchObject({
      code: 'cession.inventoryUnknown',
      params: { seq: '12' },
    });
    expect(refusal(decideDraft(holderChange({ inventory: 40 }), cessionContext({})))).toMatchObject({
      code: 'cession.inventoryUnknown',
      params: { seq: '40' },
    });
  });

  it('is refused when the inventory was not taken in the buyer’s presence', () => {
    const ordinary = contradictory();
    delete (ordinary as { counterParty?: unknown }).counterParty;
    expect(refusal(decideDraft(holderChange(), cessionContext({ inventory: ordinary })))).toMatchObject({
      code: 'cession.notContradictory',
      params: { seq: '12', orderNumber: BUYER.orderNumber },
    });
    const other = contradictory({ counterParty: { name: 'Autre', orderNumber: '10000000001' } });
    expect(refusal(decideDraft(holderChange(), cessionContext({ inventory: other })))).toMatchObject({ code: 'cession.notContradictory' });
  });

  it('is refused when dated before the inventory', () => {
    expect(refusal(decideDraft(holderChange({}, '2026-03-08'), cessionContext()))).toMatchObject({
      code: 'cession.beforeInventory',
      field: 'operationDate',
      params: { seq: '12', day: '09/03/2026' },
    });
  });

  it('is refused when stock moved after the inventory', () => {
    expect(
      refusal(decideDraft(holderChange(), cessionContext({ inventory: contradictory(), movedSinceInventory: true, transferPrinted: true }))),
    ).toMatchObject({ code: 'cession.movedSinceInventory', params: { seq: '12' } });
  });

  it('is refused until the transfer-inventory PDF, annexed to the editions, was produced', () => {
    expect(refusal(decideDraft(holderChange(), cessionContext({ inventory: contradictory(), movedSinceInventory: false, transferPrinted: false })))).toEqual({
      code: 'cession.transferNotPrinted',
      field: 'inventory',
      params: { seq: '12' },
    });
  });
});

describe('movedAfterInventory', () => {
  const inventory = contradictory();
  const ownAdjustment = sealedAs(13, CUT_OFF, {
    type: 'inventory.adjustment',
    productId: 'P2',
    quantity: units(1),
    compartment: 'dispensable',
    direction: 'exit',
    inventory: 12,
    reason: 'Casse',
  });
  const edition = sealedAs(14, CUT_OFF, {
    type: 'edition.produced',
    edition: 'transfer-inventory',
    from: CUT_OFF,
    to: CUT_OFF,
    inventory: 12,
    fileName: 'a.pdf',
    sha256: 'a'.repeat(64),
    size: 10,
  });
  const dispensed = sealedAs(15, CUT_OFF, { type: 'dispensation', productId: 'P2', quantity: units(1) });
  const earlier = sealedAs(11, CUT_OFF, { type: 'dispensation', productId: 'P2', quantity: units(1) });

  it('ignores the inventory’s own écarts, editions and what came before it', () => {
    expect(movedAfterInventory([earlier, inventory, ownAdjustment, edition], 12)).toBe(false);
  });

  it('sees any movement after it', () => {
    expect(movedAfterInventory([inventory, ownAdjustment, edition, dispensed], 12)).toBe(true);
  });
});

describe('inventory.taken with a counter-party: the contradictory inventory', () => {
  const context = () => openedContext({ validators: [COLLEAGUE], stock: stock(30) });
  const draft = (counterParty: unknown): Draft => ({
    operationDate: TODAY,
    body: {
      type: 'inventory.taken',
      lines: [{ productId: 'P2', compartment: 'dispensable', counted: units(30), method: 'count' }],
      countedBy: 'Claire Martin',
      counterParty,
    } as Draft['body'],
  });

  it('records the buyer present, trimmed', () => {
    expect(accepted(decideDraft(draft({ name: ' Yann Le Floch ', orderNumber: BUYER.orderNumber }), context())).body).toMatchObject({ counterParty: BUYER });
  });

  it('keeps an ordinary inventory without one', () => {
    expect(accepted(decideDraft(draft(undefined), context())).body).not.toHaveProperty('counterParty');
  });

  it('is refused when the counter-party is the one who validates it', () => {
    expect(
      refusal(decideDraft({ ...draft({ name: COLLEAGUE.name, orderNumber: COLLEAGUE.orderNumber }), validatedBy: COLLEAGUE.orderNumber }, context())),
    ).toMatchObject({
      code: 'inventory.counterPartyIsValidator',
      field: 'counterParty.orderNumber',
      params: { orderNumber: COLLEAGUE.orderNumber },
    });
  });

  it('accepts as counter-party an adjoint of the seller who buys, when the seller validates', () => {
    expect(accepted(decideDraft(draft({ name: COLLEAGUE.name, orderNumber: COLLEAGUE.orderNumber }), context())).body).toMatchObject({
      counterParty: { orderNumber: COLLEAGUE.orderNumber },
    });
  });

  it('asks for the counter-party’s number', () => {
    expect(refusal(decideDraft(draft({ name: BUYER.name, orderNumber: '' }), context()))).toMatchObject({
      code: 'field.required',
      field: 'counterParty.orderNumber',
    });
  });
});

const CLOSING_DAY = '2026-03-10';

function closing(overrides: Record<string, unknown> = {}, validatedBy?: string, operationDate = CLOSING_DAY): Draft {
  return {
    operationDate,
    body: {
      type: 'register.closed',
      reason: 'Cessation d’activité',
      depositedWith: { authority: 'ARS', address: 'ARS Bretagne, 6 place des Colombes, 35000 Rennes' },
      ...overrides,
    } as Draft['body'],
    ...(validatedBy === undefined ? {} : { validatedBy }),
  };
}

/** Nothing left of P2, whose last movement is dated 9 March. */
const NOTHING_LEFT: RegisterOptions = {
  product: { hasMovements: false },
  then: [on('2026-03-09', receiptDraft({ quantity: units(1) })), on('2026-03-09', supplierReturnDraft({ quantity: units(1) }))],
};

describe('register.closed: the definitive closure', () => {
  it('is accepted from the holder once nothing is left in stock', () => {
    const valid = accepted(decideDraft(closing(), openedContext(NOTHING_LEFT)));
    expect(valid.body).toEqual({
      type: 'register.closed',
      reason: 'Cessation d’activité',
      depositedWith: { authority: 'ARS', address: 'ARS Bretagne, 6 place des Colombes, 35000 Rennes' },
    });
  });

  it('is refused from anyone but the holder', () => {
    expect(refusal(decideDraft(closing({}, COLLEAGUE.orderNumber), openedContext({ validators: [COLLEAGUE], ...NOTHING_LEFT })))).toMatchObject({
      code: 'cession.holderOnly',
    });
  });

  it('deposits with the ARS for an officine and the DDPP for a veterinarian', () => {
    expect(refusal(decideDraft(closing({ depositedWith: { authority: 'DDPP', address: 'DDPP 56' } }), openedContext(NOTHING_LEFT)))).toMatchObject({
      code: 'cessation.wrongAuthority',
      params: { expected: 'ARS' },
    });
    expect(refusal(decideDraft(closing(), veterinaryContext(NOTHING_LEFT)))).toMatchObject({
      code: 'cessation.wrongAuthority',
      params: { expected: 'DDPP' },
    });
    expect(
      accepted(decideDraft(closing({ depositedWith: { authority: 'DDPP', address: 'DDPP du Morbihan' } }), veterinaryContext(NOTHING_LEFT))).body,
    ).toMatchObject({ depositedWith: { authority: 'DDPP' } });
  });

  it('asks for a reason and the deposit address', () => {
    expect(refusal(decideDraft(closing({ reason: '' }), openedContext(NOTHING_LEFT)))).toMatchObject({
      code: 'field.required',
      field: 'reason',
    });
    expect(refusal(decideDraft(closing({ depositedWith: { authority: 'ARS', address: ' ' } }), openedContext(NOTHING_LEFT)))).toMatchObject({
      code: 'field.required',
      field: 'depositedWith.address',
    });
  });

  it('is refused while narcotics remain, naming them', () => {
    const remaining = openedContext({
      ...NOTHING_LEFT,
      alsoDefined: [{ ...MORPHINE, designation: 'Méthadone sirop' }],
      then: [...NOTHING_LEFT.then!, receiptDraft({ productId: 'P3', quantity: units(2) })],
    });
    expect(refusal(decideDraft(closing(), remaining))).toMatchObject({
      code: 'cessation.stockRemains',
      params: { products: '« Méthadone sirop »' },
    });
  });

  it('is refused when dated before the last movement', () => {
    expect(refusal(decideDraft(closing({}, undefined, '2026-03-08'), openedContext(NOTHING_LEFT)))).toMatchObject({
      code: 'cessation.beforeLastMovement',
      params: { day: '09/03/2026' },
    });
  });
});

describe('a closed register', () => {
  /** A register closed for good by its event n° 40, as a journal brings it. */
  const closed = (options: RegisterOptions = {}) =>
    fold(openedContext({ ...NOTHING_LEFT, ...options }), [
      sealedAs(40, CLOSING_DAY, { type: 'register.closed', reason: 'Cessation', depositedWith: { authority: 'ARS', address: 'ARS' } }),
    ]);
  const refusedAs = { code: 'register.closed', params: { day: '10/03/2026', seq: '40' } };

  it('refuses any movement', () => {
    expect(refusal(decideDraft(receiptDraft(), closed()))).toMatchObject(refusedAs);
  });

  it('refuses a product, a validator, a change of holder and a second closure', () => {
    expect(refusal(decideDraft({ operationDate: OPERATION_DAY, body: { type: 'product.defined', product: { ...MORPHINE } } }, closed()))).toMatchObject(
      refusedAs,
    );
    expect(refusal(decideDraft({ operationDate: OPERATION_DAY, body: { type: 'validator.authorized', person: { ...COLLEAGUE } } }, closed()))).toMatchObject(
      refusedAs,
    );
    expect(refusal(decideDraft(holderChange(), closed()))).toMatchObject(refusedAs);
    expect(refusal(decideDraft(closing(), closed()))).toMatchObject(refusedAs);
  });

  it('still records an edition', () => {
    const edition: Draft = {
      operationDate: CLOSING_DAY,
      body: {
        type: 'edition.produced',
        edition: 'transmittal',
        from: OPERATION_DAY,
        to: CLOSING_DAY,
        fileName: 'bordereau.pdf',
        sha256: 'a'.repeat(64),
        size: 100,
      },
    };
    expect(accepted(decideDraft(edition, closed())).body).toMatchObject({ type: 'edition.produced', edition: 'transmittal' });
  });

  it('still closes a destruction dossier without moving stock: its PV’s copy sent, its cancellation', () => {
    for (const type of ['destruction.copySent', 'destruction.cancelled'] as const)
      expect(collect(() => checkStillOpen(type, undefined, closed().state.closed)).ok).toBe(true);
    expect(refusal(collect(() => checkStillOpen('destruction.planned', undefined, closed().state.closed)))).toMatchObject(refusedAs);
  });

  it('still seals the month of its closure, and no later one', () => {
    const march: Draft = { operationDate: '2026-03-31', body: { type: 'month.closed', month: '2026-03' } };
    expect(accepted(decideDraft(march, closed({ today: '2026-04-02' }))).body).toMatchObject({ month: '2026-03' });
    const april: Draft = { operationDate: '2026-04-30', body: { type: 'month.closed', month: '2026-04' } };
    expect(refusal(decideDraft(april, closed({ today: '2026-05-02' })))).toMatchObject({
      ...refusedAs,
      field: 'month',
    });
  });
});
