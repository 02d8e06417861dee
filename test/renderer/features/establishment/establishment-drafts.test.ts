// The establishment screen's drafts, recorded in a real register database.
import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { HOLDER_ROLE, listValidators, readIdentity } from '../../../../renderer/db/queries';
import { authorization, canRevoke, establishmentChange, revocation, VALIDATOR_ROLES } from '../../../../renderer/features/establishment/establishment-drafts';
import type { Validator } from '../../../../shared/register/events';
import type { Draft } from '../../../../shared/register/validate';
import { ESTABLISHMENT, HOLDER, OPERATION_DAY, openingDraft, productDraft } from '../../../fixtures/drafts';
import { trackedDatabase } from '../../../fixtures/database';
import { accepted, refusal } from '../../../fixtures/result';

const NOW = new Date(2026, 2, 10, 12, 0);
const TODAY = '2026-03-10';
const PREPARATEUR: Validator = { name: 'Lucas Bernard', orderNumber: '20202020202', role: 'Préparateur' };

async function openedRegister(): Promise<RegisterDatabase> {
  const db = trackedDatabase();
  accepted(await appendEvent(db, openingDraft(), NOW));
  return db;
}

function record(db: RegisterDatabase, draft: Draft) {
  return appendEvent(db, draft, NOW);
}

describe('change of name or address', () => {
  it('records the new address; the register reads it, and the kind stays', async () => {
    const db = await openedRegister();
    const change = establishmentChange(ESTABLISHMENT, { name: ESTABLISHMENT.name, address: '4 rue Victor Hugo\n56100 Lorient' }, TODAY);
    if (!change.ok) throw new Error('expected a change');
    const event = accepted(await record(db, change.value));
    expect(event).toMatchObject({ type: 'establishment.changed', seq: 2, operationDate: TODAY, validatedBy: HOLDER });
    expect((await readIdentity(db))?.establishment).toEqual({ name: ESTABLISHMENT.name, address: '4 rue Victor Hugo\n56100 Lorient', kind: 'officine' });
  });

  it('records nothing when the form says what the register already says', () => {
    const same = { name: ` ${ESTABLISHMENT.name} `, address: `${ESTABLISHMENT.address}\n` };
    expect(establishmentChange(ESTABLISHMENT, same, TODAY)).toEqual({ ok: false, error: 'unchanged' });
  });

  it('leaves blank lines and stray spaces out of a new address', () => {
    const change = establishmentChange(ESTABLISHMENT, { name: 'Pharmacie  du Port', address: ' 2 quai  des Indes \n\n56100 Lorient ' }, TODAY);
    expect(change.ok && change.value.body).toEqual({
      type: 'establishment.changed',
      establishment: { name: 'Pharmacie  du Port', address: '2 quai des Indes\n56100 Lorient' },
    });
  });

  it('is refused in French when the name is emptied', async () => {
    const db = await openedRegister();
    const change = establishmentChange(ESTABLISHMENT, { name: '', address: ESTABLISHMENT.address }, TODAY);
    if (!change.ok) throw new Error('expected a change');
    expect(refusal(await record(db, change.value))).toMatchObject({ code: 'field.required', field: 'establishment.name' });
  });
});

describe('people who may validate', () => {
  it('suggests the usual roles of an officine and of a veterinary practice', () => {
    expect(VALIDATOR_ROLES).toEqual(['Pharmacien adjoint', 'Pharmacien remplaçant', 'Préparateur', 'Vétérinaire associé', 'Vétérinaire salarié']);
  });

  it('lists an authorised person after the holder, and they can then validate', async () => {
    const db = await openedRegister();
    accepted(await record(db, authorization(PREPARATEUR, TODAY)));
    expect(await listValidators(db)).toEqual([{ ...HOLDER, role: HOLDER_ROLE }, PREPARATEUR]);
    const product = accepted(await record(db, { ...productDraft(), validatedBy: PREPARATEUR.orderNumber }));
    expect(product.validatedBy).toEqual({ name: PREPARATEUR.name, orderNumber: PREPARATEUR.orderNumber });
  });

  it('refuses to authorise the same number twice', async () => {
    const db = await openedRegister();
    accepted(await record(db, authorization(PREPARATEUR, TODAY)));
    expect(refusal(await record(db, authorization({ ...PREPARATEUR, name: 'Autre' }, TODAY)))).toMatchObject({ code: 'validator.alreadyAuthorized' });
  });

  it('records the role chosen, which then bounds what the person validates', async () => {
    const db = await openedRegister();
    const authorised = accepted(await record(db, authorization({ ...PREPARATEUR, roleKind: 'preparateur' }, TODAY)));
    expect(authorised).toMatchObject({ format: 2, person: { roleKind: 'preparateur' } });
    expect(
      refusal(
        await record(db, {
          ...productDraft(),
          body: { ...productDraft().body, type: 'product.changed', productId: 'P9', active: true } as never,
          validatedBy: PREPARATEUR.orderNumber,
        }),
      ),
    ).toMatchObject({
      code: 'role.notAllowed',
    });
  });

  it('refuses an authorisation whose role was not chosen', async () => {
    const db = await openedRegister();
    expect(refusal(await record(db, authorization({ ...PREPARATEUR, roleKind: '' }, TODAY)))).toMatchObject({
      code: 'field.required',
      field: 'person.roleKind',
    });
  });

  it('requires a role', async () => {
    const db = await openedRegister();
    expect(refusal(await record(db, authorization({ ...PREPARATEUR, role: ' ' }, TODAY)))).toMatchObject({ code: 'field.required', field: 'person.role' });
  });

  it('revokes a person: gone from the list, refused as validator, their past events keep their name', async () => {
    const db = await openedRegister();
    accepted(await record(db, authorization(PREPARATEUR, TODAY)));
    const signed = accepted(await record(db, { ...productDraft(), validatedBy: PREPARATEUR.orderNumber }));
    const validators = await listValidators(db);
    const person = validators[1];
    if (!person) throw new Error('expected the préparateur');
    expect(canRevoke(person, validators)).toBe(true);
    accepted(await record(db, revocation(person, TODAY)));
    expect(await listValidators(db)).toEqual([{ ...HOLDER, role: HOLDER_ROLE }]);
    expect(refusal(await record(db, { ...productDraft({ designation: 'Autre' }), validatedBy: PREPARATEUR.orderNumber }))).toMatchObject({
      code: 'validator.notAuthorized',
    });
    expect((await db.events.get(signed.seq))?.validatedBy.name).toBe(PREPARATEUR.name);
  });

  it('never offers to revoke the holder, and the register would refuse it', async () => {
    const db = await openedRegister();
    const validators = await listValidators(db);
    expect(canRevoke(HOLDER, validators)).toBe(false);
    expect(refusal(await record(db, revocation(HOLDER, TODAY)))).toMatchObject({ code: 'validator.holder' });
  });

  it('dates every draft of the screen on the day given', () => {
    expect(authorization(PREPARATEUR, OPERATION_DAY).operationDate).toBe(OPERATION_DAY);
    expect(revocation(PREPARATEUR, OPERATION_DAY).body).toEqual({
      type: 'validator.revoked',
      person: { name: PREPARATEUR.name, orderNumber: PREPARATEUR.orderNumber },
    });
  });
});
