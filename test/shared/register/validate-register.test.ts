import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/register/validate';
import { decideDraft } from '../../fixtures/register';
import {
  correctionDraft,
  emptyContext,
  ESTABLISHMENT,
  HOLDER,
  MORPHINE,
  OPERATION_DAY,
  openedContext,
  openingDraft,
  productDraft,
} from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { COLLEAGUE, MOVEMENT_DRAFTS, omit, withField } from './drafts';

function establishmentChanged(name: string, address: string): Draft {
  return { operationDate: OPERATION_DAY, body: { type: 'establishment.changed', establishment: { name, address } } };
}

describe('validateDraft: the register is opened first, and only once', () => {
  it('accepts the opening of an empty register', () => {
    expect(accepted(decideDraft(openingDraft(), emptyContext())).body).toEqual({
      type: 'register.opened',
      registerId: 'REG-2026-001',
      establishment: ESTABLISHMENT,
      holder: HOLDER,
    });
  });

  it.each<[string, () => Draft]>([
    ['establishment.changed', () => establishmentChanged('Pharmacie du Port', 'Lorient')],
    ['validator.authorized', () => ({ operationDate: OPERATION_DAY, body: { type: 'validator.authorized', person: COLLEAGUE } })],
    ['validator.revoked', () => ({ operationDate: OPERATION_DAY, body: { type: 'validator.revoked', person: COLLEAGUE } })],
    ['product.defined', () => productDraft()],
    ['product.changed', () => ({ operationDate: OPERATION_DAY, body: { type: 'product.changed', productId: 'P2', product: { ...MORPHINE }, active: true } })],
    ...Object.entries(MOVEMENT_DRAFTS),
    ['correction', () => correctionDraft(4)],
  ])('refuses %s before the register is opened', (_type, draft) => {
    expect(refusal(decideDraft(draft(), emptyContext()))).toEqual({ code: 'register.notOpened' });
  });

  it('refuses to open the register twice', () => {
    expect(refusal(decideDraft(openingDraft(), openedContext()))).toEqual({ code: 'register.alreadyOpened' });
  });
});

describe('validateDraft: the opening', () => {
  it.each([
    ['registerId', 'identifiant du registre'],
    ['establishment.name', 'nom de l’établissement'],
    ['establishment.address', 'adresse'],
    ['holder.name', 'nom du titulaire'],
    ['holder.orderNumber', 'n° RPPS ou Ordre du titulaire'],
  ])('refuses an opening without %s', (field, label) => {
    expect(refusal(decideDraft(omit(openingDraft(), field), emptyContext()))).toEqual({ code: 'field.required', field, params: { label } });
  });

  it('refuses a blank field: values are trimmed before the check', () => {
    expect(refusal(decideDraft(withField(openingDraft(), 'registerId', ' \t '), emptyContext()))).toMatchObject({
      code: 'field.required',
      field: 'registerId',
    });
  });

  it('keeps a veterinary practice as such', () => {
    const draft = openingDraft({ establishment: { ...ESTABLISHMENT, kind: 'veterinaire' } });
    expect(accepted(decideDraft(draft, emptyContext())).body).toMatchObject({ establishment: { kind: 'veterinaire' } });
  });

  it.each(['clinique', '', null])('refuses the establishment kind %j, which is not in the list', (kind) => {
    expect(refusal(decideDraft(withField(openingDraft(), 'establishment.kind', kind), emptyContext()))).toEqual({
      code: 'field.invalidChoice',
      field: 'establishment.kind',
      params: { label: 'type d’établissement' },
    });
  });

  it('stores the opening without surrounding spaces', () => {
    const draft = openingDraft({
      registerId: '  REG-1 ',
      establishment: { name: ' Pharmacie du Port ', address: '\t1 quai des Indes\n', kind: 'officine' },
      holder: { name: ' Claire Martin', orderNumber: '10001234567 ' },
    });
    expect(accepted(decideDraft(draft, emptyContext())).body).toEqual({
      type: 'register.opened',
      registerId: 'REG-1',
      establishment: { name: 'Pharmacie du Port', address: '1 quai des Indes', kind: 'officine' },
      holder: { name: 'Claire Martin', orderNumber: '10001234567' },
    });
  });
});

describe('validateDraft: a change of name or address of the establishment', () => {
  it('records the new name and address, trimmed, and never a kind', () => {
    const draft = withField(establishmentChanged(' Pharmacie de la Rade ', ' 2 quai des Indes '), 'establishment.kind', 'veterinaire');
    expect(accepted(decideDraft(draft, openedContext())).body).toEqual({
      type: 'establishment.changed',
      establishment: { name: 'Pharmacie de la Rade', address: '2 quai des Indes' },
    });
  });

  it.each([
    ['establishment.name', 'nom de l’établissement'],
    ['establishment.address', 'adresse'],
  ])('refuses a change without %s', (field, label) => {
    const draft = omit(establishmentChanged('Pharmacie de la Rade', '2 quai des Indes'), field);
    expect(refusal(decideDraft(draft, openedContext()))).toEqual({ code: 'field.required', field, params: { label } });
  });
});
