// The register is an append-only log of these events. Each journal line is one event,
// self-describing, so that it can be read in ten years without this software.
import type { Milli } from './quantity';

export const JOURNAL_FORMAT = 1;

/** The hash that precedes the first event of every register. */
export const GENESIS_HASH = '0'.repeat(64);

export type EstablishmentKind = 'officine' | 'veterinaire';

export interface Establishment {
  name: string;
  address: string;
  kind: EstablishmentKind;
}

/** A pharmacist or veterinarian, identified by their RPPS or Ordre number. */
export interface Practitioner {
  name: string;
  orderNumber: string;
}

export interface Counterparty {
  name: string;
  address: string;
}

export interface ProductDefinition {
  designation: string;
  form: string;
  strength: string;
  /** Unit of intake (comprimé, patch, mL…): every quantity of this product counts it. */
  unit: string;
  /** How many units a box holds, in thousandths (28 tablets: 28000; a 10 mL vial counted in mL: 10000). */
  perBox: Milli;
  cip13?: string;
}

export interface RegisterOpened {
  type: 'register.opened';
  registerId: string;
  establishment: Establishment;
  holder: Practitioner;
}

export interface ProductDefined {
  type: 'product.defined';
  productId: string;
  product: ProductDefinition;
}

export interface Receipt {
  type: 'receipt';
  productId: string;
  quantity: Milli;
  supplier: Counterparty;
  deliveryRef?: string;
}

export interface Dispensation {
  type: 'dispensation';
  productId: string;
  quantity: Milli;
  patient: Counterparty;
  prescriber: Counterparty;
  ordonnancierNumber: string;
}

/** The closed list of reasons for a correction; free text comes with each. */
export const CORRECTION_REASONS = ['quantite', 'produit', 'date', 'tiers', 'doublon', 'autre'] as const;
export type CorrectionReason = (typeof CORRECTION_REASONS)[number];

/**
 * Contre-passation: reverses one earlier movement, named by its order number, with the
 * opposite quantity. The original stays in the register and on every edition.
 */
export interface Correction {
  type: 'correction';
  productId: string;
  corrects: number;
  /** The quantity of the corrected movement, moved the other way. */
  quantity: Milli;
  /** What the corrected movement was: a correction of an entry is an exit, and conversely. */
  reverses: 'entry' | 'exit';
  reason: CorrectionReason;
  comment: string;
}

/** What the user asks to record, before the register numbers and seals it. */
export type EventBody = RegisterOpened | ProductDefined | Receipt | Dispensation | Correction;
export type EventType = EventBody['type'];

export interface Envelope {
  format: typeof JOURNAL_FORMAT;
  /** Gap-free from 1: the legal order number. */
  seq: number;
  prevHash: string;
  /** The machine clock when validated; never chosen by the user. */
  recordedAt: string;
  /** The day the operation happened (YYYY-MM-DD), chosen within limits. */
  operationDate: string;
  validatedBy: Practitioner;
}

/** A validated, sealed event: `hash` is SHA-256 of the canonical JSON of all the rest. */
export type RegisterEvent = Envelope & EventBody & { hash: string };

export type MovementEvent = Extract<RegisterEvent, { quantity: Milli }>;

export function isMovement(event: RegisterEvent): event is MovementEvent {
  return event.type === 'receipt' || event.type === 'dispensation' || event.type === 'correction';
}

/** Movements that a correction may reverse (a correction is never corrected itself). */
export type CorrectableEvent = Extract<RegisterEvent, { type: 'receipt' | 'dispensation' }>;
