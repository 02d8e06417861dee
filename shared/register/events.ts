// The register is an append-only log of these events. Each journal line is one event,
// self-describing, so that it can be read in ten years without this software.
import type { Milli } from './quantity';

export const JOURNAL_FORMAT = 1;

/** The hash that precedes the first event of every register. */
export const GENESIS_HASH = '0'.repeat(64);

export type EstablishmentKind = 'officine' | 'veterinaire';

/** Name and address: what every edited page carries (R. 5132-36 c). */
export interface EstablishmentDetails {
  name: string;
  address: string;
}

export interface Establishment extends EstablishmentDetails {
  kind: EstablishmentKind;
}

/** A pharmacist or veterinarian, identified by their RPPS or Ordre number. */
export interface Practitioner {
  name: string;
  orderNumber: string;
}

/** Someone the holder allows to validate entries, with the role they hold. */
export interface Validator extends Practitioner {
  role: string;
}

export interface Counterparty {
  name: string;
  address: string;
}

/** A supplier, and what it is (wholesaler, manufacturer, another officine…). */
export interface Supplier extends Counterparty {
  profession: string;
}

/**
 * Every unit of a product is in one of two compartments. Both count in the register
 * balance; only the dispensable one can be dispensed. Quarantine holds what waits for
 * destruction: patient returns, expired or altered stock.
 */
export const STOCK_COMPARTMENTS = ['dispensable', 'quarantine'] as const;
export type StockCompartment = (typeof STOCK_COMPARTMENTS)[number];

/**
 * The controlled substance a product contains, as the annual declaration (JARE) counts
 * it: the chemical form held (base, or a salt named by `saltName`) and how much of it one
 * unit of intake holds, in micrograms (Skenan 30 mg: 30000 per gélule; a 5 mg/mL syrup
 * counted in mL: 5000 per mL). Exact integers, like every quantity.
 */
export interface ProductSubstance {
  name: string;
  form: 'base' | 'sel';
  saltName?: string;
  perUnit: number;
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
  /** Absent from products defined before the annual declaration needed it. */
  substance?: ProductSubstance;
}

// ——— The register itself: its opening, the establishment, who may validate ———

export interface RegisterOpened {
  type: 'register.opened';
  registerId: string;
  establishment: Establishment;
  holder: Practitioner;
}

/** New name or address of the establishment (its kind never changes). */
export interface EstablishmentChanged {
  type: 'establishment.changed';
  establishment: EstablishmentDetails;
}

/** The holder allows a colleague (adjoint, associate, préparateur…) to validate entries. */
export interface ValidatorAuthorized {
  type: 'validator.authorized';
  person: Validator;
}

/** From this order number on, that person can no longer validate. */
export interface ValidatorRevoked {
  type: 'validator.revoked';
  person: Practitioner;
}

// ——— Products ———

export interface ProductDefined {
  type: 'product.defined';
  productId: string;
  product: ProductDefinition;
}

/** The whole new definition of a product; an inactive product can no longer move. */
export interface ProductChanged {
  type: 'product.changed';
  productId: string;
  product: ProductDefinition;
  active: boolean;
}

// ——— Entries ———

/** Stock carried over from a previous register (paper or other software), flagged as such. */
export interface OpeningBalance {
  type: 'opening.balance';
  productId: string;
  quantity: Milli;
  compartment: StockCompartment;
  /** Where the balance comes from: "registre papier n° 3, folio 112", software name… */
  source: string;
}

export interface Receipt {
  type: 'receipt';
  productId: string;
  quantity: Milli;
  supplier: Supplier;
  deliveryRef: string;
  lot: string;
  /** Expiry month as printed on the box (YYYY-MM). */
  expiry: string;
  /** Reference in the carnet à souches (order book), when there is one. */
  orderBookRef?: string;
}

/** Narcotics brought back by a patient or a family: into quarantine, never dispensed again. */
export interface PatientReturn {
  type: 'patient.return';
  productId: string;
  quantity: Milli;
  returnedBy: string;
  comment?: string;
}

// ——— Exits ———

/** Who receives a dispensation in an officine. */
export type Recipient =
  | { kind: 'patient'; name: string; address: string }
  /** L. 3414-1: treatment under anonymity, at the patient's express request. */
  | { kind: 'anonymous' }
  /** A practitioner supplied for their professional use ("usage professionnel"). */
  | { kind: 'professional'; name: string; address: string };

/** Whoever collects the medicine when it is not the patient, and the ID they showed. */
export interface Bearer {
  name: string;
  idReference: string;
}

export interface Dispensation {
  type: 'dispensation';
  productId: string;
  quantity: Milli;
  recipient: Recipient;
  prescriber: Counterparty;
  ordonnancierNumber: string;
  bearer?: Bearer;
}

export interface Animal {
  /** Name, tattoo, chip or ear-tag number. */
  identification: string;
  species: string;
}

/** Administered by the veterinarian in the practice (quantities in mL or g, per the product's unit). */
export interface VetAdministration {
  type: 'vet.administration';
  productId: string;
  quantity: Milli;
  animal: Animal;
  owner: Counterparty;
}

/** Handed by the veterinarian to an animal's owner, on prescription. */
export interface VetDispensing {
  type: 'vet.dispensing';
  productId: string;
  quantity: Milli;
  animal: Animal;
  owner: Counterparty;
  prescriptionRef: string;
}

/** Substance used in a magistral preparation, named by its number in the preparations register. */
export interface PreparationUse {
  type: 'preparation.use';
  productId: string;
  quantity: Milli;
  preparationNumber: string;
}

export interface SupplierReturn {
  type: 'supplier.return';
  productId: string;
  quantity: Milli;
  compartment: StockCompartment;
  supplier: Counterparty;
  reason: string;
  returnRef?: string;
}

/** Theft or diversion: the operation date is the day it was found. */
export interface Theft {
  type: 'theft';
  productId: string;
  quantity: Milli;
  compartment: StockCompartment;
  circumstances: string;
  /** Receipt of the complaint filed with the police or gendarmerie. */
  policeReportRef: string;
  /** Declaration to the ARS (officine) or the DDPP (veterinarian). */
  regionalDeclarationRef: string;
  /** Declaration to the ANSM (officine) or the ANSES (veterinarian). */
  agencyDeclarationRef: string;
}

// ——— Between compartments ———

/** Why units are set aside for destruction: expired, altered (broken, spoilt), or another reason given in the comment. */
export const QUARANTINE_REASONS = ['expired', 'altered', 'other'] as const;
export type QuarantineReason = (typeof QUARANTINE_REASONS)[number];

/**
 * Units moved from the dispensable stock into quarantine (à détruire). Neither an entry
 * nor an exit: the register balance does not change, only the part of it that can be
 * dispensed. The lot, when given, is one received for this product.
 */
export interface QuarantineMove {
  type: 'quarantine.moved';
  productId: string;
  quantity: Milli;
  lot?: string;
  reason: QuarantineReason;
  comment?: string;
}

// ——— Corrections ———

/** The closed list of reasons for a correction; free text comes with each. */
export const CORRECTION_REASONS = ['quantite', 'produit', 'date', 'tiers', 'doublon', 'autre'] as const;
export type CorrectionReason = (typeof CORRECTION_REASONS)[number];

/**
 * Contre-passation: reverses one earlier movement, named by its order number, with the
 * opposite quantity in the same compartment. The original stays in the register and on
 * every edition.
 */
export interface Correction {
  type: 'correction';
  productId: string;
  corrects: number;
  /** The quantity of the corrected movement, moved the other way. */
  quantity: Milli;
  /**
   * What the corrected movement was: a correction of an entry is an exit, and conversely;
   * a correction of a move between compartments (`transfer`) moves the units back.
   */
  reverses: 'entry' | 'exit' | 'transfer';
  /** Where the correction acts: the corrected movement's compartment (for a transfer, the one it moved the units into). */
  compartment: StockCompartment;
  reason: CorrectionReason;
  comment: string;
}

// ——— Inventory (R. 5132-36: once a year, by weighing and counting) ———

/** How a line's quantity was found: units counted, or weighed (or measured) in g or mL. */
export const INVENTORY_METHODS = ['count', 'weight'] as const;
export type InventoryMethod = (typeof INVENTORY_METHODS)[number];

/** One product's compartment as counted; quantities in thousandths of the product's unit. */
export interface InventoryLine {
  productId: string;
  compartment: StockCompartment;
  /** The register's balance of that compartment when the inventory was validated. */
  expected: Milli;
  /** What was found, in the product's unit (zero when the shelf is empty). */
  counted: Milli;
  method: InventoryMethod;
  /** Why the count differs from the balance; required for every variance. */
  reason?: string;
}

/** The inventory as counted: every product, each compartment apart. It moves no stock itself. */
export interface InventoryTaken {
  type: 'inventory.taken';
  lines: InventoryLine[];
  /** Who counted (names), besides who validates. */
  countedBy: string;
}

/**
 * "Écart d'inventaire": brings one compartment of a product to what the inventory
 * counted, naming that inventory by its order number. Recorded with it, in the same
 * transaction, one per variance; the register derives it from the inventory's line.
 */
export interface InventoryAdjustment {
  type: 'inventory.adjustment';
  productId: string;
  quantity: Milli;
  compartment: StockCompartment;
  direction: 'entry' | 'exit';
  inventory: number;
  reason: string;
}

// ——— Destruction (R. 5132-36, REQ-18: in the presence of a designated colleague) ———

/** The colleague before whom the narcotics are destroyed, and the council that designated them. */
export interface DestructionWitness extends Practitioner {
  /** "Conseil régional de l’Ordre des pharmaciens d’Île-de-France", "… de l’Ordre des vétérinaires"… */
  council: string;
}

/** One product (and lot, when known) of a destruction dossier; quantity in thousandths of its unit. */
export interface DestructionItem {
  productId: string;
  lot?: string;
  quantity: Milli;
}

/**
 * A destruction dossier opened: the items taken from quarantine, the agreed date and the
 * witness. The operation date is the day of the notice to the inspector (ARS or DDPP),
 * which must precede the destruction by one month. The register numbers the dossier:
 * its number is the PV's ("PV-2026-001").
 */
export interface DestructionPlanned {
  type: 'destruction.planned';
  dossier: string;
  plannedDate: string;
  witness: DestructionWitness;
  /** Who the notice is addressed to: the pharmacist-inspector's ARS, or the DDPP, and its address. */
  inspector: string;
  items: DestructionItem[];
}

/**
 * The procès-verbal of destruction, signed by both: the operation date is the day of the
 * destruction. Recorded with one `destruction` exit per item of its dossier, in the same
 * transaction.
 */
export interface DestructionCertified {
  type: 'destruction.certified';
  dossier: string;
  /** How the narcotics were denatured (dissolution, incorporation into a gelling agent…). */
  method: string;
  /** What became of the residue (DASRI, incineration…), when said. */
  disposal?: string;
  /** Why the destruction took place on another day than the one announced to the inspector. */
  dateChange?: string;
}

/** The exit from quarantine of one item of a dossier, naming its PV; derived from the plan. */
export interface Destruction {
  type: 'destruction';
  productId: string;
  quantity: Milli;
  lot?: string;
  dossier: string;
}

/** The copy of the PV was sent to the inspector on the operation date. */
export interface DestructionCopySent {
  type: 'destruction.copySent';
  dossier: string;
}

// ——— Monthly closure ———

/** One product's month, as the closure seals it. Quantities in thousandths of its unit. */
export interface ProductMonthBalance {
  productId: string;
  /** Register balance and quarantine carried in from the month before. */
  opening: Milli;
  openingQuarantine: Milli;
  /** Entries and exits of the month per movement type (a correction counts where it acts). */
  entriesByKind: Partial<Record<MovementType, Milli>>;
  exitsByKind: Partial<Record<MovementType, Milli>>;
  entries: Milli;
  exits: Milli;
  closing: Milli;
  closingQuarantine: Milli;
}

/**
 * The monthly balance (R. 5132-36): sealed once the month has ended, for every product
 * that had stock or movements; nothing can be dated in a closed month afterwards.
 */
export interface MonthClosed {
  type: 'month.closed';
  /** YYYY-MM */
  month: string;
  /** The last event of the register when the month was closed. */
  head: { seq: number; hash: string };
  products: ProductMonthBalance[];
}

// ——— Editions ———

export const EDITION_KINDS = ['product-register', 'period-journal', 'month-balance', 'dispensations', 'integrity', 'theft', 'inventory', 'destruction-notice', 'destruction-pv'] as const;
export type EditionKind = (typeof EDITION_KINDS)[number];

/**
 * A printed edition (PDF) was produced and archived: its file name and SHA-256 are in the
 * chain, so a file shown later can be proved to be the one produced that day.
 */
export interface EditionProduced {
  type: 'edition.produced';
  edition: EditionKind;
  /** The period covered (YYYY-MM-DD, both included). */
  from: string;
  to: string;
  /** The one product it covers, when it covers one. */
  productId?: string;
  /** Produced by the monthly closure of that month (YYYY-MM), rather than on demand. */
  closureOf?: string;
  /** The inventory it prints, by its order number. */
  inventory?: number;
  /** The destruction dossier it prints (its notice or its PV), by its number. */
  dossier?: string;
  fileName: string;
  sha256: string;
  size: number;
}

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
  | MonthClosed
  | EditionProduced;
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
  /** The register's "observations" column: free text, absent when empty. */
  observation?: string;
}

/** A validated, sealed event: `hash` is SHA-256 of the canonical JSON of all the rest. */
export type RegisterEvent = Envelope & EventBody & { hash: string };

export type MovementEvent = Extract<RegisterEvent, { quantity: Milli }>;
export type MovementType = MovementEvent['type'];

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
