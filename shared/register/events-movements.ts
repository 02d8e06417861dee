// The movements: everything that enters or leaves a product's stock, or passes from one
// compartment to the other, and the correction that reverses one of them.
import type { Counterparty, StockCompartment, Supplier } from './events-register';
import type { Milli } from './quantity';

// ——— Import and export authorisations (annual declaration) ———

/** ANSM's authorisation for one import: AIS (stupéfiants) or AIP (psychotropes), R. 5132-92. */
export const IMPORT_AUTHORISATIONS = ['AIS', 'AIP'] as const;
/** ANSM's authorisation for one export: AES (stupéfiants) or AEP (psychotropes). */
export const EXPORT_AUTHORISATIONS = ['AES', 'AEP'] as const;
export type ImportAuthorisationKind = (typeof IMPORT_AUTHORISATIONS)[number];
export type ExportAuthorisationKind = (typeof EXPORT_AUTHORISATIONS)[number];

/** The authorisation an import or export was made under, as printed on it. */
export interface TradeAuthorisation<K extends ImportAuthorisationKind | ExportAuthorisationKind> {
  kind: K;
  number: string;
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
  /** Present when the receipt is an import from outside France: the annual declaration counts it as such. */
  authorisation?: TradeAuthorisation<ImportAuthorisationKind>;
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

/**
 * Whoever collects the medicine when it is not the patient (art. R. 5132-35): their name
 * and address, and the identity document they showed when the pharmacist does not know
 * them (`known` says they were known, and no document was asked). A bearer recorded
 * before the register asked for the address has a name and a document only.
 */
export interface Bearer {
  name: string;
  address?: string;
  idReference?: string;
  known?: true;
}

/** Split dispensation (art. R. 5132-30): which fraction this is, of how many, each lasting `days`. */
export interface PrescriptionFraction {
  number: number;
  count: number;
  days: number;
}

/** A planned surgery (art. R. 5132-33): the operation day and the expected day of discharge. */
export interface PlannedSurgery {
  operation: string;
  discharge: string;
}

/** The express mentions a prescriber may write on the prescription; present only when written. */
export interface PrescriptionMentions {
  /** « Chevauchement autorisé »: a new prescription during a period already covered (art. R. 5132-33). */
  overlapAllowed?: true;
  /** « Délivrance en une seule fois »: no fractionnement (art. R. 5132-30). */
  singleDelivery?: true;
  /** Prescribed for a planned surgery: the presentation window runs around it (art. R. 5132-33). */
  surgery?: PlannedSurgery;
}

/**
 * The prescription a dispensation fills, as the pharmacist reads it (art. R. 5132-29 to
 * R. 5132-33). Absent from dispensations recorded before the register asked for it.
 */
export interface PrescriptionRecord {
  /** Day the prescription was written (date d’établissement), YYYY-MM-DD. */
  date: string;
  /** Prescribed duration of the treatment, in days, counted from `date`. */
  days: number;
  /** Quantity prescribed for the whole duration, in thousandths of the product's unit. */
  quantity: Milli;
  fraction?: PrescriptionFraction;
  mentions?: PrescriptionMentions;
  /** The prescriber's RPPS number (11 digits), when printed on the prescription. */
  prescriberRpps?: string;
  /** Why the pharmacist dispensed past the warnings the register showed: their judgement, on record. */
  overrideReason?: string;
}

export interface Dispensation {
  type: 'dispensation';
  productId: string;
  quantity: Milli;
  recipient: Recipient;
  prescriber: Counterparty;
  ordonnancierNumber: string;
  bearer?: Bearer;
  prescription?: PrescriptionRecord;
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
  /** Days of treatment the veterinarian prescribed: 28 at most (art. R. 5132-30); absent from deliveries recorded before it was asked. */
  prescribedDays?: number;
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
  /** Present when the return leaves France (an export): the annual declaration counts it as such. */
  authorisation?: TradeAuthorisation<ExportAuthorisationKind>;
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
  /**
   * The day each was made (art. R. 5132-80 asks for them without delay), never before the theft was
   * found. Absent from thefts recorded before the register asked for them.
   */
  policeReportDate?: string;
  regionalDeclarationDate?: string;
  agencyDeclarationDate?: string;
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
