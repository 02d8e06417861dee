// The role check of the one write door (shared/register/decide.ts): the person whose
// session validates the draft must hold a role that may validate its type (roles.ts).
import { appError } from '../errors';
import { err, ok } from '../result';
import type { Checked } from '../register/refusal';
import type { EstablishmentKind, EventType } from '../register/events';
import { EVENT_LABELS } from './event-labels';
import { MAY_VALIDATE, mayValidate, ROLE_LABELS, roleBeside, ROLES_OF_KIND, type ListedValidator, type RoleKind } from './roles';

/** `holder` is the register's holder (the first of its validators). */
export function checkRole(type: EventType, person: ListedValidator, holder: ListedValidator | undefined, kind: EstablishmentKind): Checked<null> {
  const role = roleBeside(person, holder, kind);
  if (mayValidate(role, type)) return ok(null);
  // Only the roles this establishment can have: an officine is not told about veterinarians.
  const here: readonly RoleKind[] = ['titulaire', ...ROLES_OF_KIND[kind]];
  const who = MAY_VALIDATE[type]
    .filter((allowed) => here.includes(allowed))
    .map((allowed) => ROLE_LABELS[allowed])
    .join(' ; ');
  return err(appError('role.notAllowed', 'validatedBy', { role: ROLE_LABELS[role], nature: EVENT_LABELS[type], who }));
}
