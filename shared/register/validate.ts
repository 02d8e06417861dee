// Validation of what the user asks to record. Pure and synchronous: the storage adapter
// gathers the facts a draft needs (DraftContext) and the rules decide here, once,
// for the app, the command line and the importer alike.
import { appError, type AppError } from '../errors';
import { err, missingCaseError, ok, type Result } from '../result';
import { isIsoDay } from './dates';
import { CORRECTION_REASONS, type Correction, type Counterparty, type EventBody, type Practitioner, type ProductDefinition, type ProductDefined, type RegisterEvent } from './events';
import { isValidCip13, optionalText, requiredText } from './fields';
import { formatQuantity, type Milli } from './quantity';

/** A correction names what it corrects and why; the register derives the rest from it. */
export type CorrectionDraft = Pick<Correction, 'type' | 'corrects' | 'reason' | 'comment'>;

/** A product definition does not carry its id yet: the register assigns it. */
export type DraftBody = Exclude<EventBody, ProductDefined | Correction> | Omit<ProductDefined, 'productId'> | CorrectionDraft;

/** What validation turns a draft into: a complete event body, ready to seal. */
export type ValidBody = Exclude<EventBody, ProductDefined> | Omit<ProductDefined, 'productId'>;

export interface Draft {
  operationDate: string;
  body: DraftBody;
}

export interface ValidDraft {
  operationDate: string;
  body: ValidBody;
}

/** The facts of the register that a draft is checked against. */
export interface DraftContext {
  registerOpened: boolean;
  today: string;
  /** The product the draft moves, when it names one that exists. */
  product?: ProductDefinition;
  /** Stock of that product available for an exit. */
  available?: Milli;
  /** Designation of the product that already uses the draft's CIP13, if any. */
  cip13Owner?: string;
  /** For a correction: the event it names, if it exists. */
  target?: RegisterEvent;
  /** For a correction: the order number of an earlier correction of the same target. */
  targetCorrectedBy?: number;
}

type Checked<T> = Result<T, AppError>;

export function validateDraft(draft: Draft, context: DraftContext): Checked<ValidDraft> {
  if (!isIsoDay(draft.operationDate)) return err(appError('date.malformed', 'operationDate'));
  if (draft.operationDate > context.today) return err(appError('date.inFuture', 'operationDate'));
  const body = validateBody(draft.body, context);
  return body.ok ? ok({ operationDate: draft.operationDate, body: body.value }) : body;
}

function validateBody(body: DraftBody, context: DraftContext): Checked<ValidBody> {
  if (body.type === 'register.opened') {
    if (context.registerOpened) return err(appError('register.alreadyOpened'));
  } else if (!context.registerOpened) {
    return err(appError('register.notOpened'));
  }
  switch (body.type) {
    case 'register.opened':
      return collect(() => ({
        type: body.type,
        registerId: take(requiredText(body.registerId, 'registerId', 'identifiant du registre')),
        establishment: {
          name: take(requiredText(body.establishment.name, 'establishment.name', 'nom de l’établissement')),
          address: take(requiredText(body.establishment.address, 'establishment.address', 'adresse')),
          kind: body.establishment.kind === 'veterinaire' ? 'veterinaire' : 'officine',
        },
        holder: takePractitioner(body.holder, 'holder'),
      }));
    case 'product.defined':
      return collect(() => ({ type: body.type, product: takeProduct(body.product, context) }));
    case 'receipt':
      return collect(() => {
        requireProduct(context);
        return {
          type: body.type,
          productId: body.productId,
          quantity: takePositive(body.quantity),
          supplier: takeCounterparty(body.supplier, 'supplier', 'fournisseur', false),
          ...optional('deliveryRef', take(optionalText(body.deliveryRef, 'deliveryRef', 'référence du bon de livraison'))),
        };
      });
    case 'dispensation':
      return collect(() => {
        requireProduct(context);
        const quantity = takePositive(body.quantity);
        const available = context.available ?? (0 as Milli);
        if (quantity > available) {
          throw new Refusal(
            appError('stock.insufficient', 'quantity', {
              available: formatQuantity(available),
              requested: formatQuantity(quantity),
            }),
          );
        }
        return {
          type: body.type,
          productId: body.productId,
          quantity,
          patient: takeCounterparty(body.patient, 'patient', 'patient', true),
          prescriber: takeCounterparty(body.prescriber, 'prescriber', 'prescripteur', false),
          ordonnancierNumber: take(requiredText(body.ordonnancierNumber, 'ordonnancierNumber', 'numéro d’ordonnancier')),
        };
      });
    case 'correction':
      return collect(() => takeCorrection(body, context));
    default:
      throw missingCaseError(body);
  }
}

function takeCorrection(body: CorrectionDraft, context: DraftContext): Correction {
  const { target, available } = context;
  if (!target) throw new Refusal(appError('correction.unknownTarget', 'corrects', { seq: String(body.corrects) }));
  if (target.type === 'correction') throw new Refusal(appError('correction.ofCorrection', 'corrects', { seq: String(target.seq) }));
  if (target.type !== 'receipt' && target.type !== 'dispensation') {
    throw new Refusal(appError('correction.notMovement', 'corrects', { seq: String(target.seq) }));
  }
  if (context.targetCorrectedBy !== undefined) {
    throw new Refusal(appError('correction.alreadyCorrected', 'corrects', { seq: String(target.seq), by: String(context.targetCorrectedBy) }));
  }
  if (!(CORRECTION_REASONS as readonly string[]).includes(body.reason)) throw new Refusal(appError('correction.reasonRequired', 'reason'));
  const reverses = target.type === 'receipt' ? 'entry' : 'exit';
  // Cancelling an entry takes units out of stock: they must still be there.
  if (reverses === 'entry' && target.quantity > (available ?? 0)) {
    throw new Refusal(appError('stock.insufficient', 'corrects', { available: formatQuantity(available ?? (0 as Milli)), requested: formatQuantity(target.quantity) }));
  }
  return {
    type: 'correction',
    productId: target.productId,
    corrects: target.seq,
    quantity: target.quantity,
    reverses,
    reason: body.reason,
    comment: take(requiredText(body.comment, 'comment', 'explication de la correction')),
  };
}

// The checks below stop at the first refusal; a private exception keeps each case a
// readable object literal instead of a ladder of early returns.
class Refusal {
  constructor(readonly error: AppError) {}
}

function collect<T extends ValidBody>(build: () => T): Checked<ValidBody> {
  try {
    return ok(build());
  } catch (thrown) {
    if (thrown instanceof Refusal) return err(thrown.error);
    throw thrown;
  }
}

function take<T>(result: Checked<T>): T {
  if (!result.ok) throw new Refusal(result.error);
  return result.value;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function requireProduct(context: DraftContext): void {
  if (!context.product) throw new Refusal(appError('product.unknown', 'productId'));
}

function takePositive(quantity: Milli, field = 'quantity'): Milli {
  if (!Number.isSafeInteger(quantity)) throw new Refusal(appError('quantity.malformed', field));
  if (quantity <= 0) throw new Refusal(appError('quantity.notPositive', field));
  return quantity;
}

function takePractitioner(person: Practitioner, field: string): Practitioner {
  return {
    name: take(requiredText(person.name, `${field}.name`, 'nom du titulaire')),
    orderNumber: take(requiredText(person.orderNumber, `${field}.orderNumber`, 'n° RPPS ou Ordre')),
  };
}

function takeCounterparty(party: Counterparty, field: string, label: string, addressRequired: boolean): Counterparty {
  const address = addressRequired
    ? take(requiredText(party.address, `${field}.address`, `adresse du ${label}`))
    : (take(optionalText(party.address, `${field}.address`, `adresse du ${label}`)) ?? '');
  return { name: take(requiredText(party.name, `${field}.name`, `nom du ${label}`)), address };
}

function takeProduct(product: ProductDefinition, context: DraftContext): ProductDefinition {
  const cip13 = take(optionalText(product.cip13, 'cip13', 'CIP13'));
  if (cip13 !== undefined && !isValidCip13(cip13)) throw new Refusal(appError('product.cip13Invalid', 'cip13'));
  if (cip13 !== undefined && context.cip13Owner !== undefined) {
    throw new Refusal(appError('product.cip13Taken', 'cip13', { designation: context.cip13Owner }));
  }
  return {
    designation: take(requiredText(product.designation, 'designation', 'désignation')),
    form: take(requiredText(product.form, 'form', 'forme')),
    strength: take(requiredText(product.strength, 'strength', 'dosage')),
    unit: take(requiredText(product.unit, 'unit', 'unité de prise')),
    perBox: takePositive(product.perBox, 'perBox'),
    ...optional('cip13', cip13),
  };
}
