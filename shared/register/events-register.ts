// The events that describe the register rather than move stock (its opening, the
// establishment, who may validate, the products), and the vocabulary every event shares.
import type { DelegatedRole } from '../access/roles';
import type { Milli } from './quantity';

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

/**
 * Someone the holder allows to validate entries, with the role they hold: `role` as the
 * holder wrote it (« Pharmacienne adjointe »), `roleKind` as the rules read it
 * (shared/access/roles.ts). `roleKind` is absent from authorisations recorded before
 * roles were: such a person validates as docs/roles.md says.
 */
export interface Validator extends Practitioner {
  role: string;
  roleKind?: DelegatedRole;
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

/**
 * How long the product may be prescribed and in fractions of how many days it is dispensed
 * (art. R. 5132-30 du code de la santé publique), when shorter than the general 28 days.
 */
export interface ProductPrescriptionLimits {
  /** Longest duration it may be prescribed for, in days (28 at most). */
  maxDays: number;
  /** When dispensed in fractions: the longest fraction, in days. */
  fractionDays?: number;
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
  /** Absent when the product follows the general limit of 28 days, and from products defined before. */
  prescriptionLimits?: ProductPrescriptionLimits;
}

// ——— The register itself: its opening, the establishment, who may validate ———

export interface RegisterOpened {
  type: 'register.opened';
  registerId: string;
  establishment: Establishment;
  holder: Practitioner;
  /** Format 3: the Ed25519 public key the register signs its closures with (events-signature.ts). */
  signingKey?: string;
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
