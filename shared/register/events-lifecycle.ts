// The events of the stock's life beyond day-to-day movements: inventory, destruction,
// the monthly closure and the editions produced.
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
import type { Practitioner, StockCompartment } from './events-register';
import type { Milli } from './quantity';
import type { ChainHead } from './chain-head';

/**
 * The kinds of movement a month's figures are split by: every event that moves stock.
 * Named here from the event files rather than from events.ts, which gathers this one
 * (no import cycle); events.ts checks at compile time that it is its MovementType.
 */
export type MonthMovementType =
  | (
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
    )['type']
  | InventoryAdjustment['type']
  | Destruction['type'];

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
  /**
   * The other party present, for a contradictory inventory: the buyer of a cession
   * (R. 5132-37 §1), who countersigns it. Absent from an ordinary inventory.
   */
  counterParty?: Practitioner;
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

// ——— Destruction (art. R. 5132-36: in the presence of a designated colleague) ———

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

/**
 * A dossier abandoned before its PV (the witness could not come, the date fell through):
 * its items are free for another dossier. Dated the day it is abandoned; the reason says
 * why and whether the inspector was told. A certified dossier cannot be cancelled.
 */
export interface DestructionCancelled {
  type: 'destruction.cancelled';
  dossier: string;
  reason: string;
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
  entriesByKind: Partial<Record<MonthMovementType, Milli>>;
  exitsByKind: Partial<Record<MonthMovementType, Milli>>;
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
  head: ChainHead;
  products: ProductMonthBalance[];
}

// ——— Editions ———

export const ANNUAL_EDITION_KINDS = [
  'annual-working-copy',
  'annual-statement',
  'annual-letter',
  'annual-authorisations',
  'annual-authorisations-csv',
  // The report of a filled ANSM workbook (decision 0012); the workbook itself is saved where the person chooses.
  'annual-jare-fill-report',
] as const;
export type AnnualEditionKind = (typeof ANNUAL_EDITION_KINDS)[number];

export const EDITION_KINDS = [
  'product-register',
  'period-journal',
  'month-balance',
  'dispensations',
  'integrity',
  'theft',
  'inventory',
  'destruction-notice',
  'destruction-pv',
  // The cession and the definitive closure: the contradictory inventory, the transmittal slip.
  'transfer-inventory',
  'transmittal',
  // The annual declaration (a calendar year): the JARE working copy (.xlsx), the état annuel
  // récapitulatif, the cover letter, and the list of import and export authorisations (PDF, CSV).
  ...ANNUAL_EDITION_KINDS,
] as const;
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
