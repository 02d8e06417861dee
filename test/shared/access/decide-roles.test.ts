// The role check as the one write door applies it: the app, the command line's import and
// the replay of a journal all go through validateDraft (shared/register/decide.ts).
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../shared/errors';
import { frenchTypography } from '../../../shared/french';
import type { Validator } from '../../../shared/register/events';
import { replayJournal } from '../../../shared/register/replay';
import type { Draft } from '../../../shared/register/validate';
import { decideDraft, prepareIn } from '../../fixtures/register';
import { HOLDER, OPERATION_DAY, openedContext, receiptDraft, units, veterinaryContext } from '../../fixtures/drafts';
import { loose, RECORDED_AT, rechain, sealedSlice } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';
import { theftDraft, vetAdministrationDraft, vetDispensingDraft } from '../register/drafts';

const HOLDER_AS_LISTED: Validator = { ...HOLDER, role: 'Titulaire' };
const PREPARATEUR: Validator = { name: 'Léa Morvan', orderNumber: '20000000001', role: 'Préparatrice', roleKind: 'preparateur' };
const ADJOINT: Validator = { name: 'Sophie Guillou', orderNumber: '10005555555', role: 'Pharmacienne adjointe', roleKind: 'pharmacien' };
/** Authorised before roles were recorded: a role in words only. */
const BEFORE_ROLES: Validator = { name: 'Paul Le Roux', orderNumber: '20000000002', role: 'Préparateur' };
const ASV: Validator = { name: 'Nina Caradec', orderNumber: '30000000001', role: 'ASV', roleKind: 'auxiliaire-veterinaire' };

const team = () => openedContext({ validators: [HOLDER_AS_LISTED, PREPARATEUR, ADJOINT, BEFORE_ROLES] });
const by = (person: Validator, draft: Draft): Draft => ({ ...draft, validatedBy: person.orderNumber });

function authorize(person: Partial<Validator>): Draft {
  return { operationDate: OPERATION_DAY, body: { type: 'validator.authorized', person: person as Validator } };
}

describe('validateDraft: what each role may validate', () => {
  it('lets a préparateur record a receipt', () => {
    expect(accepted(decideDraft(by(PREPARATEUR, receiptDraft()), team())).validatedBy).toEqual({
      name: PREPARATEUR.name,
      orderNumber: PREPARATEUR.orderNumber,
    });
  });

  it('refuses a préparateur’s theft, saying who may validate it, in French', () => {
    const refused = refusal(decideDraft(by(PREPARATEUR, theftDraft()), team()));
    expect(refused).toMatchObject({ code: 'role.notAllowed', field: 'validatedBy' });
    expect(describeError(refused)).toBe(
      frenchTypography(
        'Le rôle « Préparateur en pharmacie » ne permet pas de valider « Vol ou détournement ». Peuvent le valider : Titulaire ; Pharmacien adjoint ou remplaçant. Demandez à l’une de ces personnes d’ouvrir sa session.',
      ),
    );
  });

  it('refuses a préparateur’s correction before reading it', () => {
    const correction = { operationDate: OPERATION_DAY, body: { type: 'correction', corrects: 3 } } as unknown as Draft;
    expect(refusal(decideDraft(by(PREPARATEUR, correction), team()))).toMatchObject({ code: 'role.notAllowed', params: { nature: 'Contre-passation' } });
  });

  it('lets a pharmacist validate the theft', () => {
    expect(accepted(decideDraft(by(ADJOINT, theftDraft()), team())).body.type).toBe('theft');
  });

  it('lets a person authorised before roles were recorded validate as a pharmacist, whatever their role in words', () => {
    expect(accepted(decideDraft(by(BEFORE_ROLES, theftDraft()), team())).body.type).toBe('theft');
  });

  it('lets an auxiliaire spécialisé vétérinaire deliver to the owner, not administer', () => {
    const practice = veterinaryContext({ validators: [HOLDER_AS_LISTED, ASV] });
    expect(accepted(decideDraft(by(ASV, vetDispensingDraft()), practice)).body.type).toBe('vet.dispensing');
    expect(refusal(decideDraft(by(ASV, vetAdministrationDraft()), practice))).toMatchObject({
      code: 'role.notAllowed',
      params: { nature: 'Administration' },
    });
  });

  it('keeps the holder’s own wordings for what engages the holder alone', () => {
    expect(refusal(decideDraft(by(ADJOINT, authorize({ name: 'X', orderNumber: '9', role: 'Préparateur', roleKind: 'preparateur' })), team()))).toEqual({
      code: 'validator.holderOnly',
      field: 'validatedBy',
    });
  });
});

describe('validateDraft: authorising a person with their role', () => {
  it('records the role the rules read beside the role in words', () => {
    const body = accepted(
      decideDraft(authorize({ name: 'Yann Le Gall', orderNumber: '20000000009', role: 'Préparateur', roleKind: 'preparateur' }), team()),
    ).body;
    expect(body).toEqual({
      type: 'validator.authorized',
      person: { name: 'Yann Le Gall', orderNumber: '20000000009', role: 'Préparateur', roleKind: 'preparateur' },
    });
  });

  it('refuses a role that does not exist in the establishment', () => {
    const refused = refusal(
      decideDraft(authorize({ name: 'Yann Le Gall', orderNumber: '20000000009', role: 'ASV', roleKind: 'auxiliaire-veterinaire' }), team()),
    );
    expect(refused).toEqual({
      code: 'validator.roleNotForKind',
      field: 'person.roleKind',
      params: { who: 'Pharmacien adjoint ou remplaçant ; Préparateur en pharmacie ; Étudiant en pharmacie' },
    });
    expect(describeError(refused)).toContain('Ce rôle n’existe pas dans cet établissement');
  });

  it('refuses the holder’s role: the holder is named by the opening or a change of holder', () => {
    const draft = authorize({ name: 'Yann Le Gall', orderNumber: '20000000009', role: 'Titulaire', roleKind: 'titulaire' as never });
    expect(refusal(decideDraft(draft, team()))).toMatchObject({ code: 'validator.roleNotForKind' });
  });
});

describe('the journal line of an authorisation', () => {
  const seal = (draft: Draft) => accepted(prepareIn(draft, team(), { head: { seq: 4, hash: 'ab'.repeat(32) }, recordedAt: RECORDED_AT }));

  it('is written in version 2 when it records a role, in version 1 otherwise', () => {
    expect(seal(authorize({ name: 'Yann Le Gall', orderNumber: '20000000009', role: 'Préparateur', roleKind: 'preparateur' })).format).toBe(2);
    expect(seal(authorize({ name: 'Yann Le Gall', orderNumber: '20000000009', role: 'Préparateur' })).format).toBe(1);
    expect(seal(receiptDraft()).format).toBe(1);
  });
});

describe('replaying a journal with roles', () => {
  const authorisation = (person: Validator, format: number) => ({
    format,
    recordedAt: RECORDED_AT.toISOString(),
    operationDate: OPERATION_DAY,
    validatedBy: HOLDER,
    type: 'validator.authorized',
    person,
  });
  const theftBy = (person: Validator) => {
    const { body, operationDate } = theftDraft({ quantity: units(1) });
    return { format: 1, recordedAt: RECORDED_AT.toISOString(), operationDate, validatedBy: { name: person.name, orderNumber: person.orderNumber }, ...body };
  };

  it('still accepts a journal written before roles, where a person with a préparateur’s title validated a theft', () => {
    expect(replayJournal(rechain([...loose(sealedSlice()), authorisation(BEFORE_ROLES, 1), theftBy(BEFORE_ROLES)]))).toBeNull();
  });

  it('refuses a re-chained journal where a préparateur recorded as such validated a theft', () => {
    expect(replayJournal(rechain([...loose(sealedSlice()), authorisation(PREPARATEUR, 2), theftBy(PREPARATEUR)]))).toMatchObject({
      seq: 6,
      rule: 'role.notAllowed',
    });
  });

  it('refuses a line that declares another version than the lowest that describes it', () => {
    expect(replayJournal(rechain([...loose(sealedSlice()), authorisation(PREPARATEUR, 1)]))).toMatchObject({ seq: 5, rule: 'replay.mismatch' });
    expect(replayJournal(rechain([...loose(sealedSlice()), authorisation(BEFORE_ROLES, 2)]))).toMatchObject({ seq: 5, rule: 'replay.mismatch' });
  });
});
