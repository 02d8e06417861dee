// Validation of what the user asks to record. Pure and synchronous: the rules read the
// register's state as the one fold leaves it (register-state.ts, evolve.ts) and the few
// point look-ups the draft declared (lookups.ts), and decide here, once, for the app, the
// command line and the importer alike (decide.ts is the door to them).
import { checkRole } from '../access/check-role';
import { appError } from '../errors';
import { err, missingCaseError, ok } from '../result';
import { isIsoDay, monthOf } from './dates';
import type {
  Correction,
  Destruction,
  DestructionPlanned,
  InventoryAdjustment,
  InventoryTaken,
  MonthClosed,
  EventBody,
  Practitioner,
  ProductDefined,
  RegisterOpened,
  Validator,
} from './events';
import { optionalText } from './fields';
import { collect, type Checked } from './refusal';
import { holderOf, type RegisterState } from './register-state';
import type { Facts, Fetched } from './rule-facts';
import { checkStillOpen, validateHolderChange, validateRegisterClosed } from './validate-cession';
import { validateClockSetBack } from './validate-clock';
import { validateSigningKey } from './validate-signing-key';
import { validateClosure, type ClosureDraft } from './validate-closure';
import { validateCorrection, type CorrectionDraft } from './validate-correction';
import {
  validateCancelled,
  validateCopySent,
  validateDestruction,
  validateDestructionCertified,
  validateDestructionPlan,
  type DestructionDraft,
  type DestructionPlanDraft,
} from './validate-destruction';
import { validateEdition } from './validate-edition';
import { validateAdjustment, validateInventory, type InventoryAdjustmentDraft, type InventoryDraft } from './validate-inventory';
import { validateEntry, validateExit } from './validate-movements';
import { validateQuarantineMove } from './validate-quarantine';
import { validateOpening, validateRegisterBody, type ProductDefinitionDraft } from './validate-register';

export type { CarryOver, ProductState } from './register-state';
export type { CorrectionDraft } from './validate-correction';
export type { ProductDefinitionDraft } from './validate-register';

export type DraftBody =
  | Exclude<EventBody, ProductDefined | Correction | MonthClosed | InventoryTaken | InventoryAdjustment | DestructionPlanned | Destruction>
  | ProductDefinitionDraft
  | DestructionPlanDraft
  | DestructionDraft
  | CorrectionDraft
  | ClosureDraft
  | InventoryDraft
  | InventoryAdjustmentDraft;

/** What validation turns a draft into: a complete event body, ready to seal. */
export type ValidBody = Exclude<EventBody, ProductDefined> | ProductDefinitionDraft;

export interface Draft {
  operationDate: string;
  body: DraftBody;
  /** RPPS or Ordre number of the person validating; the holder when absent. */
  validatedBy?: string;
  /** Free text for the register's observations column. */
  observation?: string;
}

export interface ValidDraft {
  operationDate: string;
  body: ValidBody;
  validatedBy: Practitioner;
  observation?: string;
}

/**
 * Checks a draft against the register as `state` describes it, with the look-ups the
 * draft declared (`fetched`), on the machine's day `today`. decide.ts is the door to it.
 */
export function validateDraft(state: RegisterState, fetched: Fetched, draft: Draft, today: string): Checked<ValidDraft> {
  const { body } = draft;
  if (body.type === 'register.opened') return validateOpeningDraft(state, draft, body, today);
  const { opening, head } = state;
  if (!opening || !head) return err(appError('register.notOpened'));
  const facts: Facts = { state, fetched, today, opening, head };
  // A register closed for good accepts only what prints or verifies it (decision 0010).
  const stillOpen = collect(() => checkStillOpen(body.type, body.type === 'month.closed' ? body.month : undefined, state.closed));
  if (!stillOpen.ok) return stillOpen;
  // A closure's date is fixed by its month (its last day), which its own rules check first.
  const date = body.type === 'month.closed' ? ok(draft.operationDate) : checkOperationDate(draft.operationDate, facts);
  if (!date.ok) return date;
  const holder = holderOf(state);
  const validatedBy = findValidator(draft.validatedBy, state, holder);
  if (!validatedBy.ok) return validatedBy;
  // Only the holder answers for who may sign the register: only they authorise or revoke.
  if ((body.type === 'validator.authorized' || body.type === 'validator.revoked') && validatedBy.value.orderNumber !== holder?.orderNumber) {
    return err(appError('validator.holderOnly', 'validatedBy'));
  }
  // The hand-over and the closure engage the holder alone (R. 5132-37), not their delegates.
  if ((body.type === 'holder.changed' || body.type === 'register.closed') && validatedBy.value.orderNumber !== holder?.orderNumber) {
    return err(appError('cession.holderOnly', 'validatedBy', { name: holder?.name ?? '' }));
  }
  // A contradictory inventory has two parties: the buyer present does not validate it.
  if (body.type === 'inventory.taken' && body.counterParty?.orderNumber?.trim() === validatedBy.value.orderNumber) {
    return err(appError('inventory.counterPartyIsValidator', 'counterParty.orderNumber', { orderNumber: validatedBy.value.orderNumber }));
  }
  // What each role may validate (shared/access/roles.ts, docs/roles.md).
  const allowed = checkRole(body.type, validatedBy.value, holder, opening.kind);
  if (!allowed.ok) return allowed;
  const observation = optionalText(draft.observation, 'observation', 'observation');
  if (!observation.ok) return observation;
  const valid = validateBody(body, draft.operationDate, facts);
  if (!valid.ok) return valid;
  return ok({
    operationDate: draft.operationDate,
    body: valid.value,
    // The journal records who signed, not their role of the day: the name and number only.
    validatedBy: { name: validatedBy.value.name, orderNumber: validatedBy.value.orderNumber },
    ...(observation.value === undefined ? {} : { observation: observation.value }),
  });
}

/** The opening: the one event checked against an empty register, validated by the holder it names. */
function validateOpeningDraft(state: RegisterState, draft: Draft, body: RegisterOpened, today: string): Checked<ValidDraft> {
  if (state.opening) return err(appError('register.alreadyOpened'));
  const date = checkDay(draft.operationDate, today);
  if (!date.ok) return date;
  const observation = optionalText(draft.observation, 'observation', 'observation');
  if (!observation.ok) return observation;
  const valid = collect(() => validateOpening(body));
  if (!valid.ok) return valid;
  return ok({
    operationDate: draft.operationDate,
    body: valid.value,
    // The opening is validated by its holder as the register records them: trimmed, name and number only.
    validatedBy: valid.value.holder,
    ...(observation.value === undefined ? {} : { observation: observation.value }),
  });
}

function checkDay(day: string, today: string): Checked<string> {
  if (!isIsoDay(day)) return err(appError('date.malformed', 'operationDate'));
  if (day > today) return err(appError('date.inFuture', 'operationDate'));
  return ok(day);
}

function checkOperationDate(day: string, { today, opening, state }: Facts): Checked<string> {
  const checked = checkDay(day, today);
  if (!checked.ok) return checked;
  if (day < opening.openedOn) return err(appError('date.beforeOpening', 'operationDate', { openedOn: opening.openedOn }));
  // Decision 0003: a closed month is never reopened, not even by a late entry.
  if (state.closedThrough !== undefined && monthOf(day) <= state.closedThrough) {
    return err(appError('date.inClosedMonth', 'operationDate', { month: state.closedThrough }));
  }
  return ok(day);
}

/** Who validates: the holder when no one is named, else the person authorised under that number. */
function findValidator(orderNumber: string | undefined, state: RegisterState, holder: Validator | undefined): Checked<Validator> {
  const person = orderNumber === undefined ? holder : state.validators.get(orderNumber);
  return person ? ok(person) : err(appError('validator.notAuthorized', 'validatedBy', { orderNumber: orderNumber ?? '' }));
}

function validateBody(body: Exclude<DraftBody, RegisterOpened>, operationDate: string, facts: Facts): Checked<ValidBody> {
  switch (body.type) {
    case 'establishment.changed':
    case 'validator.authorized':
    case 'validator.revoked':
    case 'product.defined':
    case 'product.changed':
      return collect(() => validateRegisterBody(body, facts));
    case 'opening.balance':
    case 'receipt':
    case 'patient.return':
      return collect(() => validateEntry(body, operationDate, facts));
    case 'dispensation':
    case 'vet.administration':
    case 'vet.dispensing':
    case 'preparation.use':
    case 'supplier.return':
    case 'theft':
      return collect(() => validateExit(body, operationDate, facts));
    case 'quarantine.moved':
      return collect(() => validateQuarantineMove(body, facts));
    case 'correction':
      return collect(() => validateCorrection(body, operationDate, facts));
    case 'inventory.taken':
      return collect(() => validateInventory(body, operationDate, facts));
    case 'inventory.adjustment':
      return collect(() => validateAdjustment(body, operationDate, facts));
    case 'destruction.planned':
      return collect(() => validateDestructionPlan(body, operationDate, facts));
    case 'destruction.certified':
      return collect(() => validateDestructionCertified(body, operationDate, facts));
    case 'destruction':
      return collect(() => validateDestruction(body, operationDate, facts));
    case 'destruction.copySent':
      return collect(() => validateCopySent(body, operationDate, facts));
    case 'destruction.cancelled':
      return collect(() => validateCancelled(body, operationDate, facts));
    case 'month.closed':
      return collect(() => validateClosure(body, operationDate, facts));
    case 'edition.produced':
      return collect(() => validateEdition(body, facts));
    case 'holder.changed':
      return collect(() => validateHolderChange(body, operationDate, facts));
    case 'register.closed':
      return collect(() => validateRegisterClosed(body, operationDate, facts));
    case 'clock.setBack':
      return collect(() => validateClockSetBack(body));
    case 'signingKey.recorded':
      return collect(() => validateSigningKey(body));
    default:
      throw missingCaseError(body);
  }
}
