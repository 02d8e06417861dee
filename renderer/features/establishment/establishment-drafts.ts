// What the establishment screen asks the register to record: a new name or address,
// a person allowed to validate, a person no longer allowed. The rules themselves are in
// shared/register/validate-register.ts; this only turns the forms into drafts.
import type { DelegatedRole } from '../../../shared/access/roles';
import type { EstablishmentDetails, Practitioner, Validator } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { err, ok, type Result } from '../../../shared/result';

/** Suggested roles; any other wording is accepted. */
export const VALIDATOR_ROLES = ['Pharmacien adjoint', 'Pharmacien remplaçant', 'Préparateur', 'Vétérinaire associé', 'Vétérinaire salarié'] as const;

/** Lines of an address compared as a person reads them: extra spaces and blank lines do not count. */
function normalized(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('\n');
}

/**
 * A change of name or address, dated today. Nothing is recorded when the form still
 * says what the register already says: an empty change would only add a line.
 */
export function establishmentChange(current: EstablishmentDetails, values: EstablishmentDetails, today: string): Result<Draft, 'unchanged'> {
  if (normalized(values.name) === normalized(current.name) && normalized(values.address) === normalized(current.address)) return err('unchanged');
  return ok({
    operationDate: today,
    body: { type: 'establishment.changed', establishment: { name: values.name.trim(), address: normalized(values.address) } },
  });
}

/** What the form holds: the role the rules read may still be unchosen (''), which the register refuses. */
export type AuthorizationValues = Omit<Validator, 'roleKind'> & { roleKind?: DelegatedRole | '' };

export function authorization(person: AuthorizationValues, today: string): Draft {
  const { name, orderNumber, role, roleKind } = person;
  return {
    operationDate: today,
    body: {
      type: 'validator.authorized',
      person: { name, orderNumber: orderNumber.trim(), role, ...(roleKind === undefined ? {} : { roleKind: roleKind as DelegatedRole }) },
    },
  };
}

export function revocation(person: Practitioner, today: string): Draft {
  return { operationDate: today, body: { type: 'validator.revoked', person: { name: person.name, orderNumber: person.orderNumber } } };
}

/** The holder comes first and keeps their authority until the officine changes hands. */
export function canRevoke(person: Practitioner, validators: readonly Practitioner[]): boolean {
  return validators.findIndex((known) => known.orderNumber === person.orderNumber) > 0;
}
