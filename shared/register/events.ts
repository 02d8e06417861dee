// The register is an append-only log of these events. Each journal line is one event,
// self-describing, so that it can be read in ten years without this software.
import type { Milli } from './quantity';
import type {
  EstablishmentChanged,
  Practitioner,
  ProductChanged,
  ProductDefined,
  RegisterOpened,
  ValidatorAuthorized,
  ValidatorRevoked,
} from './events-register';
import type {
  Correction,
  Dispensation,
  OpeningBalance,
  PatientReturn,
  PreparationUse,
  QuarantineMove,
  Receipt,
  SupplierReturn,
  Theft,
  VetAdministration,
  VetDispensing,
} from './events-movements';
import type {
  Destruction,
  DestructionCancelled,
  DestructionCertified,
  DestructionCopySent,
  DestructionPlanned,
  EditionProduced,
  InventoryAdjustment,
  InventoryTaken,
  MonthClosed,
  MonthMovementType,
} from './events-lifecycle';
import type { HolderChanged, RegisterClosed } from './events-cession';
import type { ClockSetBack } from './events-clock';
import type { SigningKeyRecorded } from './events-signature';

export * from './events-register';
export * from './events-movements';
export * from './events-lifecycle';
export * from './events-cession';
export * from './events-clock';
export * from './events-signature';

/**
 * The newest version of the journal line this software writes and reads. Each line
 * carries the lowest version that describes it (line-format.ts): a line a version-1
 * reader can read in full stays version 1 (docs/journal-format.md, § 6).
 */
export const JOURNAL_FORMAT = 3;
export const JOURNAL_FORMATS = [1, 2, 3] as const;
export type JournalFormat = (typeof JOURNAL_FORMATS)[number];

/** The hash that precedes the first event of every register. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the user asks to record, before the register numbers and seals it. */
export type EventBody =
  | RegisterOpened
  | EstablishmentChanged
  | ValidatorAuthorized
  | ValidatorRevoked
  | ProductDefined
  | ProductChanged
  | OpeningBalance
  | Receipt
  | PatientReturn
  | Dispensation
  | VetAdministration
  | VetDispensing
  | PreparationUse
  | SupplierReturn
  | Theft
  | QuarantineMove
  | Correction
  | InventoryTaken
  | InventoryAdjustment
  | DestructionPlanned
  | DestructionCertified
  | Destruction
  | DestructionCopySent
  | DestructionCancelled
  | MonthClosed
  | EditionProduced
  // The hand-over and the definitive closure (events-cession.ts).
  | HolderChanged
  | RegisterClosed
  // Written by the register itself when the workstation's clock went back (events-clock.ts).
  | ClockSetBack
  // The register's signing key (events-signature.ts).
  | SigningKeyRecorded;
export type EventType = EventBody['type'];

export interface Envelope {
  format: JournalFormat;
  /** Gap-free from 1: the legal order number. */
  seq: number;
  prevHash: string;
  /** The machine clock when validated; never chosen by the user. */
  recordedAt: string;
  /** The day the operation happened (YYYY-MM-DD), chosen within limits. */
  operationDate: string;
  validatedBy: Practitioner;
  /** The register's "observations" column: free text, absent when empty. */
  observation?: string;
  /**
   * Format 3: the Ed25519 signature of a closing event (shared/signature/signed-types.ts)
   * over shared/signature/signed-message.ts, by the key in force; absent elsewhere.
   */
  signature?: string;
}

/** A validated, sealed event: `hash` is SHA-256 of the canonical JSON of all the rest. */
export type RegisterEvent = Envelope & EventBody & { hash: string };

export type MovementEvent = Extract<RegisterEvent, { quantity: Milli }>;
export type MovementType = MovementEvent['type'];

/** Fails to compile if the month's figures name other kinds of movement than the register has. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type MonthKindsAreMovementTypes = Same<MovementType, MonthMovementType> extends true ? true : never;
export const MONTH_KINDS_ARE_MOVEMENT_TYPES: MonthKindsAreMovementTypes = true;

const MOVEMENT_TYPES: ReadonlySet<string> = new Set<MovementType>([
  'opening.balance',
  'receipt',
  'patient.return',
  'dispensation',
  'vet.administration',
  'vet.dispensing',
  'preparation.use',
  'supplier.return',
  'theft',
  'quarantine.moved',
  'correction',
  'inventory.adjustment',
  'destruction',
]);

export function isMovement(event: RegisterEvent): event is MovementEvent {
  return MOVEMENT_TYPES.has(event.type);
}

/** Movements that a correction may reverse (a correction is never corrected itself). */
export type CorrectableEvent = Exclude<MovementEvent, { type: 'correction' | 'inventory.adjustment' | 'destruction' }>;

/** Events that carry a product id (definitions and changes included). */
export type ProductEvent = Extract<RegisterEvent, { productId: string }>;
