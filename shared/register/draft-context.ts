// The facts of the register a draft is checked against, in the shape the rules read
// (validate*.ts). Built from the register's state in one place (replay-context.ts); kept
// apart from the rules so that they depend on it and it on none of them.
import type { EarlierDispensation } from '../prescription/review';
import type { Milli } from './quantity';
import type { StockBalance } from '../stock/movements';
import type { EstablishmentKind, MonthClosed, Practitioner, ProductDefinition, RegisterEvent, StockCompartment, Validator } from './events';

/** What the opening fixed for the life of the register. */
export interface RegisterFacts {
  kind: EstablishmentKind;
  /** Operation date of the opening: nothing can be dated before it. */
  openedOn: string;
}

/** A product as its definition and later changes leave it. */
export interface ProductState {
  definition: ProductDefinition;
  active: boolean;
  hasMovements: boolean;
}

/** A product's carried-over balances so far: at most one per compartment, before anything else. */
export interface CarryOver {
  compartments: readonly StockCompartment[];
  otherMovements: boolean;
}

/** The closure of the register, once recorded: its order number and day. */
export interface ClosedRegister {
  seq: number;
  operationDate: string;
}

/** What a holder change or a closure is checked against, read in the writing transaction. */
export interface CessionContext {
  /** For a holder change: the event its `inventory` names, if it exists. */
  inventory?: RegisterEvent;
  /** For a holder change: whether a movement other than that inventory's écarts was recorded after it. */
  movedSinceInventory?: boolean;
  /** For a holder change: whether the transfer-inventory PDF of that inventory was produced (an `edition.produced`). */
  transferPrinted?: boolean;
  /** For a closure: every product that still holds stock, by designation. */
  remaining?: readonly { designation: string; total: Milli }[];
  /** For a closure: the latest operation date of any movement. */
  lastMovementDay?: string;
}

export type PlannedEvent = Extract<RegisterEvent, { type: 'destruction.planned' }>;
export type CertifiedEvent = Extract<RegisterEvent, { type: 'destruction.certified' }>;
export type DestructionEvent = Extract<RegisterEvent, { type: 'destruction' }>;
export type CopySentEvent = Extract<RegisterEvent, { type: 'destruction.copySent' }>;
export type CancelledEvent = Extract<RegisterEvent, { type: 'destruction.cancelled' }>;

/** What the register holds of one dossier. */
export interface DossierFacts {
  planned: PlannedEvent;
  certified?: CertifiedEvent;
  destroyed: DestructionEvent[];
  copySent?: CopySentEvent;
  cancelled?: CancelledEvent;
}

/** The facts destruction events are checked against, read in the writing transaction. */
export interface DestructionContext {
  /** Every dossier of the register, by number. */
  dossiers: ReadonlyMap<string, DossierFacts>;
  /** For a plan: every product of the register, its stock, and which of the lots the plan names it received. */
  products?: ReadonlyMap<string, { state: ProductState; stock: StockBalance; lots: readonly string[] }>;
}

/** The facts an inventory and its adjustments are checked against, read in the writing transaction. */
export interface InventoryContext {
  /** For an inventory: every product of the register and its stock now. */
  products?: ReadonlyMap<string, { state: ProductState; stock: StockBalance }>;
  /** For an inventory: the latest operation date of any movement, if any. */
  lastMovementDay?: string;
  /** For an adjustment: the event it names, if it exists. */
  target?: RegisterEvent;
  /** For an adjustment: the lines of that inventory already settled (`lineKey`). */
  settled?: readonly string[];
}

/** The facts of the register that a draft is checked against. */
export interface DraftContext {
  today: string;
  /** Absent until the register is opened. */
  register?: RegisterFacts;
  /** Who may validate now, the holder first. */
  validators: readonly (Practitioner & Pick<Partial<Validator>, 'roleKind'>)[];
  /** The last month closed (YYYY-MM), if any: nothing can be dated in it or before. */
  closedThrough?: string;
  /** The product the draft names, when it exists. */
  product?: ProductState;
  /** Stock of that product. */
  stock?: StockBalance;
  /** Designation of another product that already uses the draft's CIP13, if any. */
  cip13Owner?: string;
  /** For a correction: the event it names, if it exists. */
  target?: RegisterEvent;
  /** For a correction: the order number of an earlier correction of the same target. */
  targetCorrectedBy?: number;
  /** For an opening balance: what the product already carries over, and whether it moved otherwise. */
  carryOver?: CarryOver;
  /** For a mise en quarantaine naming a lot: that lot, if the register received it for that product. */
  receivedLots?: readonly string[];
  /** For an inventory: the stock it is counted against; for its adjustments: the inventory they settle. */
  inventory?: InventoryContext;
  /** For a destruction event: the dossiers of the register; for a plan, the products too. */
  destruction?: DestructionContext;
  /** For a monthly closure: the figures of the month and the head they cover. */
  closure?: Pick<MonthClosed, 'head' | 'products'>;
  /** The definitive closure, once recorded: the register is read-only from then on. */
  closed?: ClosedRegister;
  /** For a holder change or a definitive closure: what they are checked against. */
  cession?: CessionContext;
  /** For a dispensation on a prescription: the patient's earlier ones, not corrected (art. R. 5132-33). */
  patientHistory?: readonly EarlierDispensation[];
}
