// Rules for the movements: what each kind must say, which establishment may record it,
// and that an exit never takes more than its compartment holds.
import { missingCaseError } from '../result';
import { dispensable, inCompartment, type StockBalance } from '../stock/movements';
import { isIsoDay, monthOf } from './dates';
import {
  EXPORT_AUTHORISATIONS,
  IMPORT_AUTHORISATIONS,
  STOCK_COMPARTMENTS,
  type ExportAuthorisationKind,
  type ImportAuthorisationKind,
  type TradeAuthorisation,
  type Animal,
  type Bearer,
  type Dispensation,
  type EstablishmentKind,
  type OpeningBalance,
  type PatientReturn,
  type PreparationUse,
  type Receipt,
  type Recipient,
  type StockCompartment,
  type SupplierReturn,
  type Theft,
  type VetAdministration,
  type VetDispensing,
} from './events';
import { COMPARTMENT_LABELS } from './labels';
import { formatQuantity, type Milli } from './quantity';
import { nameAndAddress, oneOf, optionalField, positive, refuse, text } from './refusal';
import type { ProductFacts } from './register-state';
import type { Facts } from './rule-facts';
import { validatePrescription } from './validate-prescription';
import { LEGAL_MAX_DAYS } from '../prescription/limits';

const EXPIRY = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function validateEntry(
  body: OpeningBalance | Receipt | PatientReturn,
  operationDate: string,
  { state }: Facts,
): OpeningBalance | Receipt | PatientReturn {
  const product = movableProduct(state.products.get(body.productId));
  const quantity = positive(body.quantity);
  switch (body.type) {
    case 'opening.balance': {
      // A carried-over balance opens the product's page, as on paper: one per compartment,
      // before any other movement.
      const { carryOver } = product;
      if (carryOver.otherMovements) refuse('opening.afterMovements', 'productId');
      const into = compartment(body.compartment);
      if (carryOver.compartments.includes(into)) refuse('opening.duplicate', 'compartment', { compartment: COMPARTMENT_LABELS[into] });
      return {
        type: body.type,
        productId: body.productId,
        quantity,
        compartment: into,
        source: text(body.source, 'source', 'origine du solde (registre précédent)'),
      };
    }
    case 'receipt':
      return {
        type: body.type,
        productId: body.productId,
        quantity,
        supplier: {
          ...nameAndAddress(body.supplier, 'supplier', 'du fournisseur'),
          profession: text(body.supplier?.profession, 'supplier.profession', 'qualité du fournisseur'),
        },
        deliveryRef: text(body.deliveryRef, 'deliveryRef', 'référence du bon de livraison'),
        lot: text(body.lot, 'lot', 'numéro de lot'),
        expiry: expiry(body.expiry, operationDate),
        ...optionalField('orderBookRef', body.orderBookRef, 'orderBookRef', 'référence du carnet à souches'),
        ...tradeAuthorisation(body.authorisation, IMPORT_AUTHORISATIONS),
      };
    case 'patient.return':
      return {
        type: body.type,
        productId: body.productId,
        quantity,
        returnedBy: text(body.returnedBy, 'returnedBy', 'rapporté par'),
        ...optionalField('comment', body.comment, 'comment', 'observation'),
      };
    default:
      throw missingCaseError(body);
  }
}

type ExitBody = Dispensation | VetAdministration | VetDispensing | PreparationUse | SupplierReturn | Theft;

export function validateExit(body: ExitBody, operationDate: string, facts: Facts): ExitBody {
  const { kind } = facts.opening;
  requireKind(body.type, kind);
  const product = movableProduct(facts.state.products.get(body.productId));
  const quantity = positive(body.quantity);
  const from: StockCompartment = body.type === 'supplier.return' || body.type === 'theft' ? compartment(body.compartment) : 'dispensable';
  ensureStock(quantity, from, product.stock);
  switch (body.type) {
    case 'dispensation':
      return {
        type: body.type,
        productId: body.productId,
        quantity,
        recipient: recipient(body.recipient),
        prescriber: nameAndAddress(body.prescriber, 'prescriber', 'du prescripteur'),
        ordonnancierNumber: text(body.ordonnancierNumber, 'ordonnancierNumber', 'numéro d’ordonnancier'),
        ...bearer(body.bearer),
        ...validatePrescription(
          body.prescription,
          { productId: body.productId, quantity, operationDate, prescriber: nameAndAddress(body.prescriber, 'prescriber', 'du prescripteur') },
          facts,
        ),
      };
    case 'vet.administration':
      return { type: body.type, productId: body.productId, quantity, animal: animal(body.animal), owner: nameAndAddress(body.owner, 'owner', 'du détenteur') };
    case 'vet.dispensing':
      return {
        type: body.type,
        productId: body.productId,
        quantity,
        animal: animal(body.animal),
        owner: nameAndAddress(body.owner, 'owner', 'du détenteur'),
        prescriptionRef: text(body.prescriptionRef, 'prescriptionRef', 'référence de l’ordonnance'),
        ...prescribedDays(body.prescribedDays),
      };
    case 'preparation.use':
      return {
        type: body.type,
        productId: body.productId,
        quantity,
        preparationNumber: text(body.preparationNumber, 'preparationNumber', 'numéro au registre des préparations'),
      };
    case 'supplier.return':
      return {
        type: body.type,
        productId: body.productId,
        quantity,
        compartment: from,
        supplier: nameAndAddress(body.supplier, 'supplier', 'du fournisseur'),
        reason: text(body.reason, 'reason', 'motif du retour'),
        ...optionalField('returnRef', body.returnRef, 'returnRef', 'référence du bon de retour'),
        ...tradeAuthorisation(body.authorisation, EXPORT_AUTHORISATIONS),
      };
    case 'theft': {
      const vet = kind === 'veterinaire';
      return {
        type: body.type,
        productId: body.productId,
        quantity,
        compartment: from,
        circumstances: text(body.circumstances, 'circumstances', 'circonstances'),
        policeReportRef: text(body.policeReportRef, 'policeReportRef', 'référence du dépôt de plainte'),
        regionalDeclarationRef: text(
          body.regionalDeclarationRef,
          'regionalDeclarationRef',
          vet ? 'référence de la déclaration à la DDPP' : 'référence de la déclaration à l’ARS',
        ),
        agencyDeclarationRef: text(
          body.agencyDeclarationRef,
          'agencyDeclarationRef',
          vet ? 'référence de la déclaration à l’ANSES' : 'référence de la déclaration à l’ANSM',
        ),
        policeReportDate: declarationDay(body.policeReportDate, 'policeReportDate', 'date du dépôt de plainte', operationDate, facts.today),
        regionalDeclarationDate: declarationDay(
          body.regionalDeclarationDate,
          'regionalDeclarationDate',
          vet ? 'date de la déclaration à la DDPP' : 'date de la déclaration à l’ARS',
          operationDate,
          facts.today,
        ),
        agencyDeclarationDate: declarationDay(
          body.agencyDeclarationDate,
          'agencyDeclarationDate',
          vet ? 'date de la déclaration à l’ANSES' : 'date de la déclaration à l’ANSM',
          operationDate,
          facts.today,
        ),
      };
    }
    default:
      throw missingCaseError(body);
  }
}

/** A declaration is made once the theft is found, and not in the future. */
function declarationDay(value: unknown, field: string, label: string, foundOn: string, today: string): string {
  const day = text(value, field, label);
  if (!isIsoDay(day)) refuse('date.malformed', field);
  if (day > today) refuse('theft.declaredInFuture', field, { label });
  if (day < foundOn) refuse('theft.declaredBeforeFound', field, { label, day: foundOn });
  return day;
}

/** Officine wording and veterinary wording are different acts: each belongs to one kind of establishment. */
function requireKind(type: ExitBody['type'], kind: EstablishmentKind): void {
  const officineOnly = type === 'dispensation' || type === 'preparation.use';
  const vetOnly = type === 'vet.administration' || type === 'vet.dispensing';
  if (officineOnly && kind !== 'officine') refuse('movement.officineOnly', 'type');
  if (vetOnly && kind !== 'veterinaire') refuse('movement.veterinaryOnly', 'type');
}

/** The product a movement names, as the state holds it: it must exist and be active. */
export function movableProduct(product: ProductFacts | undefined): ProductFacts {
  if (!product) return refuse('product.unknown', 'productId');
  if (!product.state.active) refuse('product.inactive', 'productId', { designation: product.state.definition.designation });
  return product;
}

export function ensureStock(quantity: Milli, from: StockCompartment, stock: StockBalance, field = 'quantity'): void {
  const held = from === 'quarantine' ? inCompartment(stock, 'quarantine') : dispensable(stock);
  if (quantity <= held) return;
  refuse(from === 'quarantine' ? 'stock.insufficientQuarantine' : 'stock.insufficient', field, {
    available: formatQuantity(held),
    requested: formatQuantity(quantity),
  });
}

function compartment(value: unknown): StockCompartment {
  return oneOf(value, STOCK_COMPARTMENTS, 'compartment', 'stock concerné');
}

function expiry(value: unknown, operationDate: string): string {
  const month = text(value, 'expiry', 'date de péremption');
  if (!EXPIRY.test(month)) refuse('receipt.expiryMalformed', 'expiry');
  // An expired lot is not received into the dispensable stock. Judged on the day of the
  // receipt, so that a register taken over with its history keeps its old lots.
  if (month < monthOf(operationDate)) refuse('receipt.expired', 'expiry');
  return month;
}

function recipient(value: Recipient | undefined): Recipient {
  const kind = oneOf(value?.kind, ['patient', 'anonymous', 'professional'], 'recipient.kind', 'bénéficiaire');
  if (kind === 'anonymous') return { kind };
  return { kind, ...nameAndAddress(value?.kind === kind ? value : undefined, 'recipient', kind === 'patient' ? 'du patient' : 'du praticien') };
}

/**
 * Art. R. 5132-35: a bearer who is not the patient gives their name and address, and,
 * unknown to the pharmacist, an identity document whose references are recorded.
 */
function bearer(value: Partial<Bearer> | undefined): { bearer?: Bearer } {
  const given = [value?.name, value?.address, value?.idReference].some((part) => typeof part === 'string' && part.trim() !== '') || value?.known === true;
  if (!given) return {};
  const identity = { name: text(value?.name, 'bearer.name', 'nom du porteur'), address: text(value?.address, 'bearer.address', 'adresse du porteur') };
  const document = optionalField('idReference', value?.idReference, 'bearer.idReference', 'pièce d’identité du porteur');
  if (document.idReference !== undefined) return { bearer: { ...identity, ...document } };
  if (value?.known !== true) refuse('bearer.unknownWithoutId', 'bearer.idReference');
  return { bearer: { ...identity, known: true } };
}

/**
 * Art. R. 5132-30: no narcotic is prescribed for more than 28 days of treatment, by a
 * veterinarian as by a physician. The veterinarian delivers on their own prescription, so
 * a longer one is refused outright (the shorter limits of some human medicines and the
 * rules of art. R. 5132-33 govern a pharmacist's dispensing, not this delivery).
 */
function prescribedDays(value: unknown): { prescribedDays?: number } {
  if (value === undefined) return {};
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
    refuse('prescription.daysMalformed', 'prescribedDays', { label: 'durée du traitement prescrit (jours)' });
  if (value > LEGAL_MAX_DAYS) refuse('vet.prescriptionTooLong', 'prescribedDays', { days: String(value) });
  return { prescribedDays: value };
}

function animal(value: Partial<Animal> | undefined): Animal {
  return {
    identification: text(value?.identification, 'animal.identification', 'identification de l’animal'),
    species: text(value?.species, 'animal.species', 'espèce'),
  };
}

/** An import (AIS, AIP) or export (AES, AEP) authorisation: absent, or its kind and number both given. */
function tradeAuthorisation<K extends ImportAuthorisationKind | ExportAuthorisationKind>(
  value: Partial<TradeAuthorisation<K>> | undefined,
  kinds: readonly K[],
): { authorisation?: TradeAuthorisation<K> } {
  if (value === undefined) return {};
  return {
    authorisation: {
      kind: oneOf(value.kind, kinds, 'authorisation.kind', `type d’autorisation (${kinds.join(' ou ')})`),
      number: text(value.number, 'authorisation.number', 'n° de l’autorisation'),
    },
  };
}
