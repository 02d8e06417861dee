import { describe, expect, it } from 'vitest';
import type { DestructionCertified, RegisterEvent } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { decideDraft, fold, type TestRegister } from '../../fixtures/register';
import { foldEvents } from '../../../shared/register/fold';
import {
  destructionDrafts,
  nextDossierNumber,
  noticeTooShort,
  oneMonthAfter,
  openDossiers,
  type DestructionPlanDraft,
} from '../../../shared/register/validate-destruction';
import { HOLDER, MORPHINE, OPERATION_DAY, openedContext, stock, units, type RegisterOptions } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';

const WITNESS = { name: 'Dr Hélène Kerjean', orderNumber: '10004455667', council: 'Conseil régional de l’Ordre des pharmaciens de Bretagne' };

function planDraft(overrides: Partial<DestructionPlanDraft> = {}, operationDate = OPERATION_DAY): Draft {
  return {
    operationDate,
    body: {
      type: 'destruction.planned',
      plannedDate: '2026-04-06',
      witness: { ...WITNESS },
      inspector: 'ARS Bretagne — pharmacien inspecteur de santé publique',
      items: [
        { productId: 'P2', lot: 'L4521', quantity: units(4) },
        { productId: 'P2', quantity: units(2) },
      ],
      ...overrides,
    },
  };
}

/** P2 morphine: 100 in the register, 8 of them in quarantine; lot L4521 received; then `events`, as a journal brings them. */
function planContext(options: RegisterOptions = {}, ...events: RegisterEvent[]): TestRegister {
  return fold(openedContext({ stock: stock(100, 8), receivedLots: ['L4521'], ...options }), events);
}

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

const PLANNED = sealedAs(20, '2026-03-04', {
  type: 'destruction.planned',
  dossier: 'PV-2026-001',
  plannedDate: '2026-03-09',
  witness: WITNESS,
  inspector: 'ARS Bretagne',
  items: [
    { productId: 'P2', lot: 'L4521', quantity: units(4) },
    { productId: 'P2', quantity: units(2) },
  ],
});
const CERTIFIED = sealedAs(21, '2026-03-09', { type: 'destruction.certified', dossier: 'PV-2026-001', method: 'Dissolution dans l’eau puis gélifiant' });

/** The register with the dossier PV-2026-001 planned (n° 20), then `events`. */
function withDossier(...events: RegisterEvent[]): TestRegister {
  return planContext({}, PLANNED, ...events);
}

function certificate(overrides: Partial<DestructionCertified> = {}, operationDate = '2026-03-09'): Draft {
  return { operationDate, body: { type: 'destruction.certified', dossier: 'PV-2026-001', method: ' Dissolution dans l’eau puis gélifiant ', ...overrides } };
}

function exit(lot: string | undefined, operationDate = '2026-03-09'): Draft {
  return { operationDate, body: { type: 'destruction', dossier: 'PV-2026-001', productId: 'P2', ...(lot === undefined ? {} : { lot }) } };
}

describe('destruction.planned', () => {
  it('numbers the dossier from the register and keeps items, witness, date and inspector', () => {
    const body = accepted(decideDraft(planDraft(), planContext())).body;
    expect(body).toEqual({
      type: 'destruction.planned',
      dossier: 'PV-2026-001',
      plannedDate: '2026-04-06',
      witness: WITNESS,
      inspector: 'ARS Bretagne — pharmacien inspecteur de santé publique',
      items: [
        { productId: 'P2', lot: 'L4521', quantity: units(4) },
        { productId: 'P2', quantity: units(2) },
      ],
    });
  });

  it('counts the dossiers of the year: the next is PV-2026-002, a new year starts at 001', () => {
    expect(nextDossierNumber(['PV-2026-001'], '2026-03-02')).toBe('PV-2026-002');
    expect(nextDossierNumber(['PV-2025-007'], '2026-01-05')).toBe('PV-2026-001');
    expect(accepted(decideDraft(planDraft(), planContext({}, PLANNED))).body).toMatchObject({ dossier: 'PV-2026-002' });
  });

  it('refuses a dossier without items', () => {
    expect(refusal(decideDraft(planDraft({ items: [] }), planContext()))).toMatchObject({ code: 'destruction.empty', field: 'items' });
  });

  it('refuses more than the quarantine holds, all items of the product together', () => {
    const draft = planDraft({
      items: [
        { productId: 'P2', lot: 'L4521', quantity: units(5) },
        { productId: 'P2', quantity: units(4) },
      ],
    });
    expect(refusal(decideDraft(draft, planContext()))).toEqual({
      code: 'destruction.exceedsQuarantine',
      field: 'items.1.quantity',
      params: { designation: MORPHINE.designation, available: '8', requested: '9' },
    });
  });

  it('refuses a product unknown to the register', () => {
    expect(refusal(decideDraft(planDraft({ items: [{ productId: 'P9', quantity: units(1) }] }), planContext()))).toMatchObject({
      code: 'product.unknown',
      field: 'items.0.productId',
    });
  });

  it('refuses a lot never received for the product', () => {
    expect(refusal(decideDraft(planDraft({ items: [{ productId: 'P2', lot: 'X1', quantity: units(1) }] }), planContext()))).toMatchObject({
      code: 'destruction.unknownLot',
      params: { lot: 'X1' },
    });
  });

  it('refuses the same product and lot twice', () => {
    const item = { productId: 'P2', lot: 'L4521', quantity: units(1) };
    expect(refusal(decideDraft(planDraft({ items: [item, { ...item }] }), planContext()))).toMatchObject({
      code: 'destruction.duplicateItem',
      field: 'items.1',
    });
  });

  it('refuses a zero quantity', () => {
    expect(refusal(decideDraft(planDraft({ items: [{ productId: 'P2', quantity: units(0) }] }), planContext()))).toMatchObject({
      code: 'quantity.notPositive',
      field: 'items.0.quantity',
    });
  });

  it.each([
    ['name', 'witness.name'],
    ['orderNumber', 'witness.orderNumber'],
    ['council', 'witness.council'],
  ] as const)('requires the witness’s %s', (key, field) => {
    expect(refusal(decideDraft(planDraft({ witness: { ...WITNESS, [key]: ' ' } }), planContext()))).toMatchObject({ code: 'field.required', field });
  });

  it('refuses a witness who validates this register', () => {
    expect(refusal(decideDraft(planDraft({ witness: { ...WITNESS, orderNumber: HOLDER.orderNumber } }), planContext()))).toMatchObject({
      code: 'destruction.witnessIsOwn',
      field: 'witness.orderNumber',
    });
  });

  it('requires the inspector the notice is addressed to', () => {
    expect(refusal(decideDraft(planDraft({ inspector: '' }), planContext()))).toMatchObject({ code: 'field.required', field: 'inspector' });
  });

  it('refuses a planned date before the notice; the same day or under a month is accepted', () => {
    expect(refusal(decideDraft(planDraft({ plannedDate: '2026-03-01' }), planContext()))).toMatchObject({
      code: 'destruction.plannedBeforeNotice',
      field: 'plannedDate',
    });
    expect(refusal(decideDraft(planDraft({ plannedDate: '2026-02-30' }), planContext()))).toMatchObject({ code: 'date.malformed', field: 'plannedDate' });
    expect(accepted(decideDraft(planDraft({ plannedDate: OPERATION_DAY }), planContext())).body).toMatchObject({ plannedDate: OPERATION_DAY });
  });
});

describe('the one-month notice', () => {
  it('is one calendar month, the month’s last day when it has none', () => {
    expect(oneMonthAfter('2026-03-02')).toBe('2026-04-02');
    expect(oneMonthAfter('2026-01-31')).toBe('2026-02-28');
    expect(oneMonthAfter('2026-12-15')).toBe('2027-01-15');
  });

  it('is too short before that day, long enough from it', () => {
    expect(noticeTooShort('2026-03-02', '2026-03-12')).toBe(true);
    expect(noticeTooShort('2026-03-02', '2026-04-01')).toBe(true);
    expect(noticeTooShort('2026-03-02', '2026-04-02')).toBe(false);
  });
});

describe('destruction.certified', () => {
  it('records the PV of a planned dossier, trimmed', () => {
    expect(accepted(decideDraft(certificate({ disposal: ' DASRI ' }), withDossier())).body).toEqual({
      type: 'destruction.certified',
      dossier: 'PV-2026-001',
      method: 'Dissolution dans l’eau puis gélifiant',
      disposal: 'DASRI',
    });
  });

  it('refuses an unknown dossier', () => {
    expect(refusal(decideDraft(certificate({ dossier: 'PV-2026-009' }), withDossier()))).toMatchObject({
      code: 'destruction.unknownDossier',
    });
  });

  it('refuses a second PV for the same dossier', () => {
    expect(refusal(decideDraft(certificate(), withDossier(CERTIFIED)))).toMatchObject({
      code: 'destruction.alreadyCertified',
    });
  });

  it('requires the denaturation method', () => {
    expect(refusal(decideDraft(certificate({ method: '' }), withDossier()))).toMatchObject({
      code: 'field.required',
      field: 'method',
    });
  });

  it('refuses a destruction dated before the notice', () => {
    expect(refusal(decideDraft(certificate({ dateChange: 'x' }, '2026-03-03'), withDossier()))).toMatchObject({
      code: 'destruction.beforeNotice',
    });
  });

  it('asks why when the destruction is not on the day announced', () => {
    const context = withDossier();
    expect(refusal(decideDraft(certificate({}, '2026-03-05'), context))).toMatchObject({
      code: 'destruction.dateChangeReason',
      field: 'dateChange',
      params: { day: '2026-03-09' },
    });
    expect(accepted(decideDraft(certificate({ dateChange: 'Témoin disponible plus tôt' }, '2026-03-05'), context)).body).toMatchObject({
      dateChange: 'Témoin disponible plus tôt',
    });
  });
});

describe('destruction (the exit)', () => {
  const context = (options: RegisterOptions = {}, ...events: RegisterEvent[]) => planContext(options, PLANNED, CERTIFIED, ...events);

  it('derives its quantity from the plan and names the PV', () => {
    expect(accepted(decideDraft(exit('L4521'), context())).body).toEqual({
      type: 'destruction',
      productId: 'P2',
      quantity: units(4),
      lot: 'L4521',
      dossier: 'PV-2026-001',
    });
    expect(destructionDrafts(PLANNED)).toEqual([
      { type: 'destruction', dossier: 'PV-2026-001', productId: 'P2', lot: 'L4521' },
      { type: 'destruction', dossier: 'PV-2026-001', productId: 'P2' },
    ]);
  });

  it('refuses an exit before the PV is established', () => {
    expect(refusal(decideDraft(exit('L4521'), withDossier()))).toMatchObject({ code: 'destruction.notCertified' });
  });

  it('is dated the day of the PV', () => {
    expect(refusal(decideDraft(exit('L4521', '2026-03-10'), context()))).toMatchObject({ code: 'destruction.wrongDay', field: 'operationDate' });
  });

  it('refuses an item that is not in the dossier', () => {
    expect(refusal(decideDraft(exit('L9'), context()))).toMatchObject({ code: 'destruction.notInDossier' });
  });

  it('refuses an item already destroyed', () => {
    const done = sealedAs(22, '2026-03-09', { type: 'destruction', productId: 'P2', quantity: units(4), lot: 'L4521', dossier: 'PV-2026-001' });
    expect(refusal(decideDraft(exit('L4521'), context({}, done)))).toMatchObject({ code: 'destruction.alreadyDestroyed' });
  });

  it('takes only from the quarantine', () => {
    expect(refusal(decideDraft(exit('L4521'), context({ stock: stock(100, 3) })))).toMatchObject({
      code: 'stock.insufficientQuarantine',
      params: { available: '3', requested: '4' },
    });
  });

  it('is never reversed by a correction', () => {
    const done = sealedAs(22, '2026-03-09', { type: 'destruction', productId: 'P2', quantity: units(4), lot: 'L4521', dossier: 'PV-2026-001' });
    const correction: Draft = { operationDate: '2026-03-09', body: { type: 'correction', corrects: 22, reason: 'quantite', comment: 'x' } };
    expect(refusal(decideDraft(correction, openedContext({ fetched: { target: done } })))).toMatchObject({ code: 'correction.ofDestruction' });
  });
});

describe('destruction.copySent', () => {
  const sent: Draft = { operationDate: '2026-03-10', body: { type: 'destruction.copySent', dossier: 'PV-2026-001' } };

  it('records the copy sent after the destruction', () => {
    expect(accepted(decideDraft(sent, withDossier(CERTIFIED))).body).toEqual({
      type: 'destruction.copySent',
      dossier: 'PV-2026-001',
    });
  });

  it('refuses before the PV exists, before its day, and twice', () => {
    expect(refusal(decideDraft(sent, withDossier()))).toMatchObject({ code: 'destruction.notCertified' });
    expect(refusal(decideDraft({ ...sent, operationDate: '2026-03-08' }, withDossier(CERTIFIED)))).toMatchObject({
      code: 'destruction.copyBeforeDestruction',
    });
    const first = sealedAs(23, '2026-03-10', { type: 'destruction.copySent', dossier: 'PV-2026-001' });
    expect(refusal(decideDraft(sent, withDossier(CERTIFIED, first)))).toMatchObject({ code: 'destruction.copyAlreadySent' });
  });
});

describe('destruction.cancelled', () => {
  const cancel = (reason = ' Témoin indisponible ; inspecteur prévenu par courriel ', operationDate = '2026-03-06'): Draft => ({
    operationDate,
    body: { type: 'destruction.cancelled', dossier: 'PV-2026-001', reason },
  });
  const CANCELLED = sealedAs(22, '2026-03-06', { type: 'destruction.cancelled', dossier: 'PV-2026-001', reason: 'Témoin indisponible' });

  it('records the cancellation of a dossier without PV, with its reason trimmed', () => {
    expect(accepted(decideDraft(cancel(), withDossier())).body).toEqual({
      type: 'destruction.cancelled',
      dossier: 'PV-2026-001',
      reason: 'Témoin indisponible ; inspecteur prévenu par courriel',
    });
  });

  it('requires the reason', () => {
    expect(refusal(decideDraft(cancel('  '), withDossier()))).toEqual({
      code: 'field.required',
      field: 'reason',
      params: { label: 'motif de l’annulation' },
    });
  });

  it('refuses to cancel a dossier whose destruction is certified', () => {
    expect(refusal(decideDraft(cancel(), withDossier(CERTIFIED)))).toEqual({
      code: 'destruction.cancelCertified',
      field: 'dossier',
      params: { dossier: 'PV-2026-001' },
    });
  });

  it('refuses a second cancellation, and a cancellation dated before the notice', () => {
    expect(refusal(decideDraft(cancel(), withDossier(CANCELLED)))).toEqual({
      code: 'destruction.cancelledDossier',
      field: 'dossier',
      params: { dossier: 'PV-2026-001', day: '2026-03-06' },
    });
    expect(refusal(decideDraft(cancel(undefined, '2026-03-03'), withDossier()))).toMatchObject({
      code: 'destruction.beforeNotice',
    });
  });

  it('refuses the PV of a cancelled dossier', () => {
    expect(refusal(decideDraft(certificate(), withDossier(CANCELLED)))).toEqual({
      code: 'destruction.cancelledDossier',
      field: 'dossier',
      params: { dossier: 'PV-2026-001', day: '2026-03-06' },
    });
  });

  it('frees the items: a cancelled dossier is no longer open', () => {
    expect(openDossiers(foldEvents([PLANNED]).dossiers.values()).map((facts) => facts.planned.dossier)).toEqual(['PV-2026-001']);
    expect(openDossiers(foldEvents([PLANNED, CANCELLED]).dossiers.values())).toEqual([]);
    expect(openDossiers(foldEvents([PLANNED, CERTIFIED]).dossiers.values())).toEqual([]);
  });
});
