import { describe, expect, it } from 'vitest';
import type { InventoryTaken, RegisterEvent } from '../../../shared/register/events';
import { validateDraft, type Draft, type DraftContext } from '../../../shared/register/validate';
import { checkStillOpen, movedAfterInventory, type CessionContext } from '../../../shared/register/validate-cession';
import { collect } from '../../../shared/register/refusal';
import { HOLDER, MORPHINE, OPERATION_DAY, openedContext, receiptDraft, stock, TODAY, units, veterinaryContext } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { COLLEAGUE } from './drafts';

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

function cessionContext(
  cession: CessionContext = { inventory: contradictory(), movedSinceInventory: false, transferPrinted: true },
  overrides: Partial<DraftContext> = {},
): DraftContext {
  return openedContext({ validators: [HOLDER, COLLEAGUE], cession, ...overrides });
}

describe('holder.changed: the hand-over to the buyer', () => {
  it('is accepted from the holder, naming the buyer and the contradictory inventory', () => {
    const valid = accepted(validateDraft(holderChange(), cessionContext()));
    expect(valid.body).toEqual({ type: 'holder.changed', holder: BUYER, inventory: 12 });
    expect(valid.validatedBy).toEqual(HOLDER);
    expect(valid.operationDate).toBe(CUT_OFF);
  });

  it('is refused from anyone but the holder, even an authorised colleague', () => {
    expect(refusal(validateDraft(holderChange({}, CUT_OFF, COLLEAGUE.orderNumber), cessionContext()))).toMatchObject({
      code: 'cession.holderOnly',
      field: 'validatedBy',
      params: { name: HOLDER.name },
    });
  });

  it('asks for the buyer’s name and number', () => {
    expect(refusal(validateDraft(holderChange({ holder: { name: ' ', orderNumber: BUYER.orderNumber } }), cessionContext()))).toMatchObject({
      code: 'field.required',
      field: 'holder.name',
    });
    expect(refusal(validateDraft(holderChange({ holder: { name: BUYER.name } }), cessionContext()))).toMatchObject({
      code: 'field.required',
      field: 'holder.orderNumber',
    });
  });

  it('is refused when the buyer is already the holder', () => {
    expect(refusal(validateDraft(holderChange({ holder: { ...HOLDER } }), cessionContext()))).toMatchObject({ code: 'cession.sameHolder' });
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
    expect(refusal(validateDraft(holderChange(), cessionContext({ inventory: receipt })))).toMatchObject({
      code: 'cession.inventoryUnknown',
      params: { seq: '12' },
    });
    expect(refusal(validateDraft(holderChange({ inventory: 40 }), cessionContext({})))).toMatchObject({
      code: 'cession.inventoryUnknown',
      params: { seq: '40' },
    });
  });

  it('is refused when the inventory was not taken in the buyer’s presence', () => {
    const ordinary = contradictory();
    delete (ordinary as { counterParty?: unknown }).counterParty;
    expect(refusal(validateDraft(holderChange(), cessionContext({ inventory: ordinary })))).toMatchObject({
      code: 'cession.notContradictory',
      params: { seq: '12', orderNumber: BUYER.orderNumber },
    });
    const other = contradictory({ counterParty: { name: 'Autre', orderNumber: '10000000001' } });
    expect(refusal(validateDraft(holderChange(), cessionContext({ inventory: other })))).toMatchObject({ code: 'cession.notContradictory' });
  });

  it('is refused when dated before the inventory', () => {
    expect(refusal(validateDraft(holderChange({}, '2026-03-08'), cessionContext()))).toMatchObject({
      code: 'cession.beforeInventory',
      field: 'operationDate',
      params: { seq: '12', day: '09/03/2026' },
    });
  });

  it('is refused when stock moved after the inventory', () => {
    expect(
      refusal(validateDraft(holderChange(), cessionContext({ inventory: contradictory(), movedSinceInventory: true, transferPrinted: true }))),
    ).toMatchObject({ code: 'cession.movedSinceInventory', params: { seq: '12' } });
  });

  it('is refused until the transfer-inventory PDF, annexed to the editions, was produced', () => {
    expect(refusal(validateDraft(holderChange(), cessionContext({ inventory: contradictory(), movedSinceInventory: false, transferPrinted: false })))).toEqual({
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
  const context = (validators = [HOLDER, COLLEAGUE]) =>
    openedContext({
      validators,
      product: undefined,
      stock: undefined,
      inventory: { products: new Map([['P2', { state: { definition: MORPHINE, active: true, hasMovements: true }, stock: stock(30) }]]) },
    });
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
    expect(accepted(validateDraft(draft({ name: ' Yann Le Floch ', orderNumber: BUYER.orderNumber }), context())).body).toMatchObject({ counterParty: BUYER });
  });

  it('keeps an ordinary inventory without one', () => {
    expect(accepted(validateDraft(draft(undefined), context())).body).not.toHaveProperty('counterParty');
  });

  it('is refused when the counter-party is the one who validates it', () => {
    expect(
      refusal(validateDraft({ ...draft({ name: COLLEAGUE.name, orderNumber: COLLEAGUE.orderNumber }), validatedBy: COLLEAGUE.orderNumber }, context())),
    ).toMatchObject({
      code: 'inventory.counterPartyIsValidator',
      field: 'counterParty.orderNumber',
      params: { orderNumber: COLLEAGUE.orderNumber },
    });
  });

  it('accepts as counter-party an adjoint of the seller who buys, when the seller validates', () => {
    expect(accepted(validateDraft(draft({ name: COLLEAGUE.name, orderNumber: COLLEAGUE.orderNumber }), context())).body).toMatchObject({
      counterParty: { orderNumber: COLLEAGUE.orderNumber },
    });
  });

  it('asks for the counter-party’s number', () => {
    expect(refusal(validateDraft(draft({ name: BUYER.name, orderNumber: '' }), context()))).toMatchObject({
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

const NOTHING_LEFT: CessionContext = { remaining: [{ designation: 'Morphine sulfate LP 10 mg', total: units(0) }], lastMovementDay: '2026-03-09' };

describe('register.closed: the definitive closure', () => {
  it('is accepted from the holder once nothing is left in stock', () => {
    const valid = accepted(validateDraft(closing(), openedContext({ cession: NOTHING_LEFT })));
    expect(valid.body).toEqual({
      type: 'register.closed',
      reason: 'Cessation d’activité',
      depositedWith: { authority: 'ARS', address: 'ARS Bretagne, 6 place des Colombes, 35000 Rennes' },
    });
  });

  it('is refused from anyone but the holder', () => {
    expect(refusal(validateDraft(closing({}, COLLEAGUE.orderNumber), openedContext({ validators: [HOLDER, COLLEAGUE], cession: NOTHING_LEFT })))).toMatchObject(
      { code: 'cession.holderOnly' },
    );
  });

  it('deposits with the ARS for an officine and the DDPP for a veterinarian', () => {
    expect(
      refusal(validateDraft(closing({ depositedWith: { authority: 'DDPP', address: 'DDPP 56' } }), openedContext({ cession: NOTHING_LEFT }))),
    ).toMatchObject({ code: 'cessation.wrongAuthority', params: { expected: 'ARS' } });
    expect(refusal(validateDraft(closing(), veterinaryContext({ cession: NOTHING_LEFT })))).toMatchObject({
      code: 'cessation.wrongAuthority',
      params: { expected: 'DDPP' },
    });
    expect(
      accepted(validateDraft(closing({ depositedWith: { authority: 'DDPP', address: 'DDPP du Morbihan' } }), veterinaryContext({ cession: NOTHING_LEFT })))
        .body,
    ).toMatchObject({ depositedWith: { authority: 'DDPP' } });
  });

  it('asks for a reason and the deposit address', () => {
    expect(refusal(validateDraft(closing({ reason: '' }), openedContext({ cession: NOTHING_LEFT })))).toMatchObject({
      code: 'field.required',
      field: 'reason',
    });
    expect(refusal(validateDraft(closing({ depositedWith: { authority: 'ARS', address: ' ' } }), openedContext({ cession: NOTHING_LEFT })))).toMatchObject({
      code: 'field.required',
      field: 'depositedWith.address',
    });
  });

  it('is refused while narcotics remain, naming them', () => {
    const remaining = [
      { designation: 'Morphine sulfate LP 10 mg', total: units(0) },
      { designation: 'Méthadone sirop', total: units(2) },
    ];
    expect(refusal(validateDraft(closing(), openedContext({ cession: { remaining } })))).toMatchObject({
      code: 'cessation.stockRemains',
      params: { products: '« Méthadone sirop »' },
    });
  });

  it('is refused when dated before the last movement', () => {
    expect(refusal(validateDraft(closing({}, undefined, '2026-03-08'), openedContext({ cession: NOTHING_LEFT })))).toMatchObject({
      code: 'cessation.beforeLastMovement',
      params: { day: '09/03/2026' },
    });
  });
});

describe('a closed register', () => {
  const closed = (overrides: Partial<DraftContext> = {}) => openedContext({ closed: { seq: 40, operationDate: CLOSING_DAY }, ...overrides });
  const refusedAs = { code: 'register.closed', params: { day: '10/03/2026', seq: '40' } };

  it('refuses any movement', () => {
    expect(refusal(validateDraft(receiptDraft(), closed()))).toMatchObject(refusedAs);
  });

  it('refuses a product, a validator, a change of holder and a second closure', () => {
    expect(refusal(validateDraft({ operationDate: OPERATION_DAY, body: { type: 'product.defined', product: { ...MORPHINE } } }, closed()))).toMatchObject(
      refusedAs,
    );
    expect(refusal(validateDraft({ operationDate: OPERATION_DAY, body: { type: 'validator.authorized', person: { ...COLLEAGUE } } }, closed()))).toMatchObject(
      refusedAs,
    );
    expect(refusal(validateDraft(holderChange(), closed({ cession: { inventory: contradictory(), movedSinceInventory: false } })))).toMatchObject(refusedAs);
    expect(refusal(validateDraft(closing(), closed({ cession: NOTHING_LEFT })))).toMatchObject(refusedAs);
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
    expect(accepted(validateDraft(edition, closed())).body).toMatchObject({ type: 'edition.produced', edition: 'transmittal' });
  });

  it('still closes a destruction dossier without moving stock: its PV’s copy sent, its cancellation', () => {
    for (const type of ['destruction.copySent', 'destruction.cancelled'] as const)
      expect(collect(() => checkStillOpen(type, undefined, closed())).ok).toBe(true);
    expect(refusal(collect(() => checkStillOpen('destruction.planned', undefined, closed())))).toMatchObject(refusedAs);
  });

  it('still seals the month of its closure, and no later one', () => {
    const figures = { closure: { head: { seq: 41, hash: 'b'.repeat(64) }, products: [] } };
    const march: Draft = { operationDate: '2026-03-31', body: { type: 'month.closed', month: '2026-03' } };
    expect(accepted(validateDraft(march, closed({ today: '2026-04-02', closedThrough: '2026-02', ...figures }))).body).toMatchObject({ month: '2026-03' });
    const april: Draft = { operationDate: '2026-04-30', body: { type: 'month.closed', month: '2026-04' } };
    expect(refusal(validateDraft(april, closed({ today: '2026-05-02', closedThrough: '2026-03', ...figures })))).toMatchObject({
      ...refusedAs,
      field: 'month',
    });
  });
});
