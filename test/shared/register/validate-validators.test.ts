import { describe, expect, it } from 'vitest';
import type { Validator } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { decideDraft } from '../../fixtures/register';
import { emptyContext, HOLDER, OPERATION_DAY, openedContext, openingDraft, receiptDraft } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { COLLEAGUE, omit } from './drafts';

const HOLDER_AS_LISTED: Validator = { ...HOLDER, role: 'Titulaire' };
const ASSISTANT: Validator = { name: 'Sophie Guillou', orderNumber: '10005555555', role: 'Pharmacienne adjointe' };
const withTeam = () => openedContext({ validators: [HOLDER_AS_LISTED, ASSISTANT] });

function authorize(person: Partial<Validator>): Draft {
  return { operationDate: OPERATION_DAY, body: { type: 'validator.authorized', person: person as Validator } };
}

function revoke(orderNumber: string): Draft {
  return { operationDate: OPERATION_DAY, body: { type: 'validator.revoked', person: { name: 'Quelqu’un', orderNumber } } };
}

describe('validateDraft: who validates', () => {
  it('has the holder validate when no one is named', () => {
    expect(accepted(decideDraft(receiptDraft(), withTeam())).validatedBy).toEqual(HOLDER);
  });

  it('has the person named validate when they are listed', () => {
    const draft = { ...receiptDraft(), validatedBy: ASSISTANT.orderNumber };
    expect(accepted(decideDraft(draft, withTeam())).validatedBy).toEqual({ name: ASSISTANT.name, orderNumber: ASSISTANT.orderNumber });
  });

  it('records the person validating by name and order number only, not their role', () => {
    const draft = { ...receiptDraft(), validatedBy: ASSISTANT.orderNumber };
    expect(accepted(decideDraft(draft, withTeam())).validatedBy).not.toHaveProperty('role');
  });

  it('refuses an order number that is not listed', () => {
    const draft = { ...receiptDraft(), validatedBy: '10000000000' };
    expect(refusal(decideDraft(draft, withTeam()))).toEqual({
      code: 'validator.notAuthorized',
      field: 'validatedBy',
      params: { orderNumber: '10000000000' },
    });
  });

  it('has the opening validated by the holder it names, as validated (trimmed)', () => {
    const draft = openingDraft({ holder: { name: ' Claire Martin ', orderNumber: ' 10001234567' } });
    expect(accepted(decideDraft({ ...draft, validatedBy: ASSISTANT.orderNumber }, emptyContext())).validatedBy).toEqual(HOLDER);
  });
});

describe('validateDraft: authorising a colleague', () => {
  it('records the person with their role, trimmed', () => {
    const draft = authorize({ name: ` ${COLLEAGUE.name}`, orderNumber: `${COLLEAGUE.orderNumber} `, role: ` ${COLLEAGUE.role} ` });
    expect(accepted(decideDraft(draft, withTeam())).body).toEqual({ type: 'validator.authorized', person: COLLEAGUE });
  });

  it('refuses a person already authorised', () => {
    expect(refusal(decideDraft(authorize({ ...ASSISTANT, role: 'Préparatrice' }), withTeam()))).toEqual({
      code: 'validator.alreadyAuthorized',
      field: 'person.orderNumber',
      params: { orderNumber: ASSISTANT.orderNumber },
    });
  });

  it.each([
    ['person.name', 'nom de la personne'],
    ['person.orderNumber', 'n° RPPS ou Ordre de la personne'],
    ['person.role', 'fonction'],
  ])('refuses an authorisation without %s', (field, label) => {
    expect(refusal(decideDraft(omit(authorize(COLLEAGUE), field), withTeam()))).toEqual({ code: 'field.required', field, params: { label } });
  });
});

describe('validateDraft: revoking a colleague', () => {
  it('records the person as the list knows them', () => {
    expect(accepted(decideDraft(revoke(ASSISTANT.orderNumber), withTeam())).body).toEqual({
      type: 'validator.revoked',
      person: { name: ASSISTANT.name, orderNumber: ASSISTANT.orderNumber },
    });
  });

  it('refuses to revoke someone who is not listed', () => {
    expect(refusal(decideDraft(revoke(COLLEAGUE.orderNumber), withTeam()))).toEqual({
      code: 'validator.unknown',
      field: 'person.orderNumber',
      params: { orderNumber: COLLEAGUE.orderNumber },
    });
  });

  it('refuses to revoke the holder', () => {
    expect(refusal(decideDraft(revoke(HOLDER.orderNumber), withTeam()))).toEqual({ code: 'validator.holder', field: 'person.orderNumber' });
  });
});

describe('validateDraft: only the holder authorises and revokes', () => {
  it.each([
    ['an authorisation', () => authorize(COLLEAGUE)],
    ['a revocation', () => revoke(ASSISTANT.orderNumber)],
  ])('refuses %s validated by anyone else, even an authorised person', (_kind, draft) => {
    expect(refusal(decideDraft({ ...draft(), validatedBy: ASSISTANT.orderNumber }, withTeam()))).toEqual({
      code: 'validator.holderOnly',
      field: 'validatedBy',
    });
  });

  it('lets an authorised person record movements', () => {
    expect(accepted(decideDraft({ ...receiptDraft(), validatedBy: ASSISTANT.orderNumber }, withTeam())).validatedBy.orderNumber).toBe(ASSISTANT.orderNumber);
  });
});

describe('validateDraft: a malformed revocation', () => {
  it('refuses a revocation that names nobody, rather than failing', () => {
    const draft = { operationDate: OPERATION_DAY, body: { type: 'validator.revoked' } } as unknown as Draft;
    expect(refusal(decideDraft(draft, withTeam()))).toMatchObject({ code: 'validator.unknown', field: 'person.orderNumber' });
  });
});
