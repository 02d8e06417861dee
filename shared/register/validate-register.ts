// Rules for the events that describe the register rather than move stock: its opening,
// the establishment, who may validate, and the products.
import { signingKey } from './validate-signing-key';
import { isRoleOfKind, ROLE_LABELS, ROLES_OF_KIND } from '../access/roles';
import { missingCaseError } from '../result';
import type {
  EstablishmentChanged,
  ProductChanged,
  ProductDefined,
  ProductDefinition,
  ProductPrescriptionLimits,
  ProductSubstance,
  RegisterOpened,
  ValidatorAuthorized,
  ValidatorRevoked,
  Practitioner,
} from './events';
import { LEGAL_MAX_DAYS } from '../prescription/limits';
import { isValidCip13, optionalText } from './fields';
import type { Milli } from './quantity';
import { oneOf, positive, refuse, take, text } from './refusal';
import { holderOf, type RegisterState } from './register-state';
import type { Facts } from './rule-facts';

/** A product definition does not carry its id yet: the register assigns it. */
export type ProductDefinitionDraft = Omit<ProductDefined, 'productId'>;

type RegisterBody = EstablishmentChanged | ValidatorAuthorized | ValidatorRevoked | ProductDefinitionDraft | ProductChanged;

/** The opening, checked against nothing: the register starts with it. */
export function validateOpening(body: RegisterOpened): RegisterOpened {
  return {
    type: body.type,
    registerId: text(body.registerId, 'registerId', 'identifiant du registre'),
    establishment: {
      name: text(body.establishment.name, 'establishment.name', 'nom de l’établissement'),
      address: text(body.establishment.address, 'establishment.address', 'adresse'),
      kind: oneOf(body.establishment.kind, ['officine', 'veterinaire'], 'establishment.kind', 'type d’établissement'),
    },
    holder: practitioner(body.holder, 'holder', 'du titulaire'),
    // Given by the workstation's main process at set-up (shared/signature/), never typed by a person.
    ...(body.signingKey === undefined ? {} : { signingKey: signingKey(body.signingKey) }),
  };
}

export function validateRegisterBody(body: RegisterBody, { state, opening }: Facts): RegisterBody {
  switch (body.type) {
    case 'establishment.changed':
      return {
        type: body.type,
        establishment: {
          name: text(body.establishment.name, 'establishment.name', 'nom de l’établissement'),
          address: text(body.establishment.address, 'establishment.address', 'adresse'),
        },
      };
    case 'validator.authorized': {
      const person = practitioner(body.person, 'person', 'de la personne');
      if (state.validators.has(person.orderNumber)) {
        refuse('validator.alreadyAuthorized', 'person.orderNumber', { orderNumber: person.orderNumber });
      }
      const role = text(body.person.role, 'person.role', 'fonction');
      // Absent from the authorisations recorded before roles were; required of new ones by the screens.
      const { roleKind } = body.person;
      if (roleKind === undefined) return { type: body.type, person: { ...person, role } };
      if ((roleKind as string) === '') refuse('field.required', 'person.roleKind', { label: 'rôle' });
      const { kind } = opening;
      if (!isRoleOfKind(roleKind, kind)) {
        refuse('validator.roleNotForKind', 'person.roleKind', { who: ROLES_OF_KIND[kind].map((allowed) => ROLE_LABELS[allowed]).join(' ; ') });
      }
      return { type: body.type, person: { ...person, role, roleKind } };
    }
    case 'validator.revoked': {
      const orderNumber = body.person?.orderNumber;
      const known = orderNumber === undefined ? undefined : state.validators.get(orderNumber);
      if (!known) return refuse('validator.unknown', 'person.orderNumber', { orderNumber: String(orderNumber ?? '') });
      // The holder is always the first: only a change of holder (a cession) removes them.
      if (known === holderOf(state)) refuse('validator.holder', 'person.orderNumber');
      return { type: body.type, person: { name: known.name, orderNumber: known.orderNumber } };
    }
    case 'product.defined':
      return { type: body.type, product: definition(body.product, state) };
    case 'product.changed': {
      const current = state.products.get(body.productId)?.state;
      if (!current) return refuse('product.unknown', 'productId');
      const product = definition(body.product, state, body.productId);
      // Every quantity already recorded counts the old unit: changing it would change them all.
      if (current.hasMovements && product.unit !== current.definition.unit) {
        refuse('product.unitLocked', 'unit', { unit: current.definition.unit });
      }
      if (typeof body.active !== 'boolean') refuse('field.invalidChoice', 'active', { label: 'actif' });
      return { type: body.type, productId: body.productId, product, active: body.active };
    }
    default:
      throw missingCaseError(body);
  }
}

function practitioner(person: Partial<Practitioner> | undefined, field: string, whose: string): Practitioner {
  return {
    name: text(person?.name, `${field}.name`, `nom ${whose}`),
    orderNumber: text(person?.orderNumber, `${field}.orderNumber`, `n° RPPS ou Ordre ${whose}`),
  };
}

/** `self` is the product being changed, which keeps its own code. */
function definition(product: ProductDefinition, state: RegisterState, self?: string): ProductDefinition {
  const cip13 = take(optionalText(product.cip13, 'cip13', 'CIP13'));
  if (cip13 !== undefined && !isValidCip13(cip13)) refuse('product.cip13Invalid', 'cip13');
  const owner = cip13 === undefined ? undefined : cip13Owner(state, cip13, self);
  if (owner !== undefined) refuse('product.cip13Taken', 'cip13', { designation: owner });
  return {
    designation: text(product.designation, 'designation', 'désignation'),
    form: text(product.form, 'form', 'forme'),
    strength: text(product.strength, 'strength', 'dosage'),
    unit: text(product.unit, 'unit', 'unité de prise'),
    perBox: positive(product.perBox, 'perBox'),
    ...(cip13 === undefined ? {} : { cip13 }),
    ...(product.substance === undefined ? {} : { substance: substance(product.substance) }),
    ...(product.prescriptionLimits === undefined ? {} : { prescriptionLimits: prescriptionLimits(product.prescriptionLimits) }),
  };
}

/** Designation of another product that already uses this CIP13 (the last defined, if several do). */
function cip13Owner(state: RegisterState, cip13: string, self: string | undefined): string | undefined {
  let owner: string | undefined;
  for (const [id, product] of state.products) if (id !== self && product.state.definition.cip13 === cip13) owner = product.state.definition.designation;
  return owner;
}

/** A product's own limits: 1 to 28 days (art. R. 5132-30), a fraction no longer than the prescription. */
function prescriptionLimits(given: Partial<ProductPrescriptionLimits>): ProductPrescriptionLimits {
  const { maxDays, fractionDays } = given;
  const days = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= LEGAL_MAX_DAYS;
  if (!days(maxDays)) return refuse('product.limitsMalformed', 'prescriptionLimits.maxDays');
  if (fractionDays !== undefined && (!days(fractionDays) || fractionDays > maxDays))
    return refuse('product.limitsMalformed', 'prescriptionLimits.fractionDays');
  return { maxDays, ...(fractionDays === undefined ? {} : { fractionDays }) };
}

/** The substance for the annual declaration: a salt is its own row at ANSM, so it is named. */
function substance(given: Partial<ProductSubstance>): ProductSubstance {
  const name = text(given.name, 'substance.name', 'substance');
  const form = oneOf(given.form, ['base', 'sel'], 'substance.form', 'forme de la substance (base ou sel)');
  const perUnit = positive(given.perUnit as Milli, 'substance.perUnit');
  if (form === 'base') return { name, form, perUnit };
  return { name, form, saltName: text(given.saltName, 'substance.saltName', 'nom du sel'), perUnit };
}
