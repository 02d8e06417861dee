// Validation of what the user asks to record. Pure and synchronous: the facts a draft
// needs (DraftContext, draft-context.ts) are built from the register's state and the
// rules decide here, once, for the app, the command line and the importer alike
// (decide.ts is the door to them).
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
  Validator,
} from './events';
import { optionalText } from './fields';
import { collect, type Checked } from './refusal';
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
import { validateRegisterBody, type ProductDefinitionDraft } from './validate-register';
import type { DraftContext } from './draft-context';

export type { CarryOver, DraftContext, ProductState, RegisterFacts } from './draft-context';
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

/** A person as the context lists them: their name and number, and the role recorded when they were authorised. */
type ListedPerson = Practitioner & Pick<Partial<Validator>, 'roleKind'>;

export function validateDraft(draft: Draft, context: DraftContext): Checked<ValidDraft> {
  const { body } = draft;
  if (body.type === 'register.opened') {
    if (context.register) return err(appError('register.alreadyOpened'));
  } else if (!context.register) {
    return err(appError('register.notOpened'));
  }
  // A register closed for good accepts only what prints or verifies it (decision 0010).
  const stillOpen = collect(() => checkStillOpen(body.type, body.type === 'month.closed' ? body.month : undefined, context));
  if (!stillOpen.ok) return stillOpen;
  // A closure's date is fixed by its month (its last day), which its own rules check first.
  const date = body.type === 'month.closed' ? ok(draft.operationDate) : checkOperationDate(draft.operationDate, context);
  if (!date.ok) return date;
  const validatedBy = body.type === 'register.opened' ? ok(body.holder) : findValidator(draft.validatedBy, context.validators);
  if (!validatedBy.ok) return validatedBy;
  // Only the holder answers for who may sign the register: only they authorise or revoke.
  const holder = context.validators[0];
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
  if (context.register) {
    const allowed = checkRole(body.type, validatedBy.value, context.validators, context.register.kind);
    if (!allowed.ok) return allowed;
  }
  const observation = optionalText(draft.observation, 'observation', 'observation');
  if (!observation.ok) return observation;
  const valid = validateBody(body, draft.operationDate, context);
  if (!valid.ok) return valid;
  return ok({
    operationDate: draft.operationDate,
    body: valid.value,
    // The opening is validated by its holder as the register records them: trimmed, name and number only.
    // The journal records who signed, not their role of the day: the name and number only.
    validatedBy: valid.value.type === 'register.opened' ? valid.value.holder : { name: validatedBy.value.name, orderNumber: validatedBy.value.orderNumber },
    ...(observation.value === undefined ? {} : { observation: observation.value }),
  });
}

function checkOperationDate(day: string, context: DraftContext): Checked<string> {
  if (!isIsoDay(day)) return err(appError('date.malformed', 'operationDate'));
  if (day > context.today) return err(appError('date.inFuture', 'operationDate'));
  if (context.register && day < context.register.openedOn) {
    return err(appError('date.beforeOpening', 'operationDate', { openedOn: context.register.openedOn }));
  }
  // Decision 0003: a closed month is never reopened, not even by a late entry.
  if (context.closedThrough !== undefined && monthOf(day) <= context.closedThrough) {
    return err(appError('date.inClosedMonth', 'operationDate', { month: context.closedThrough }));
  }
  return ok(day);
}

function findValidator(orderNumber: string | undefined, validators: DraftContext['validators']): Checked<ListedPerson> {
  const person = orderNumber === undefined ? validators[0] : validators.find((candidate) => candidate.orderNumber === orderNumber);
  return person ? ok(person) : err(appError('validator.notAuthorized', 'validatedBy', { orderNumber: orderNumber ?? '' }));
}

function validateBody(body: DraftBody, operationDate: string, context: DraftContext): Checked<ValidBody> {
  switch (body.type) {
    case 'register.opened':
    case 'establishment.changed':
    case 'validator.authorized':
    case 'validator.revoked':
    case 'product.defined':
    case 'product.changed':
      return collect(() => validateRegisterBody(body, context));
    case 'opening.balance':
    case 'receipt':
    case 'patient.return':
      return collect(() => validateEntry(body, operationDate, context));
    case 'dispensation':
    case 'vet.administration':
    case 'vet.dispensing':
    case 'preparation.use':
    case 'supplier.return':
    case 'theft':
      return collect(() => validateExit(body, operationDate, context));
    case 'quarantine.moved':
      return collect(() => validateQuarantineMove(body, context));
    case 'correction':
      return collect(() => validateCorrection(body, operationDate, context));
    case 'inventory.taken':
      return collect(() => validateInventory(body, operationDate, context));
    case 'inventory.adjustment':
      return collect(() => validateAdjustment(body, operationDate, context));
    case 'destruction.planned':
      return collect(() => validateDestructionPlan(body, operationDate, context));
    case 'destruction.certified':
      return collect(() => validateDestructionCertified(body, operationDate, context));
    case 'destruction':
      return collect(() => validateDestruction(body, operationDate, context));
    case 'destruction.copySent':
      return collect(() => validateCopySent(body, operationDate, context));
    case 'destruction.cancelled':
      return collect(() => validateCancelled(body, operationDate, context));
    case 'month.closed':
      return collect(() => validateClosure(body, operationDate, context));
    case 'edition.produced':
      return collect(() => validateEdition(body, context));
    case 'holder.changed':
      return collect(() => validateHolderChange(body, operationDate, context));
    case 'register.closed':
      return collect(() => validateRegisterClosed(body, operationDate, context));
    case 'clock.setBack':
      return collect(() => validateClockSetBack(body));
    case 'signingKey.recorded':
      return collect(() => validateSigningKey(body));
    default:
      throw missingCaseError(body);
  }
}
