// What the register is after a run of events: everything its rules read, and nothing
// else. Kept by the domain and advanced by one fold (evolve.ts); the app keeps it in its
// database beside the events (state-record.ts), so that a new entry and a journal from
// outside are checked against the same facts. Its size follows the products, the
// validators, the dossiers and the open months, never the number of movements.
import type { StockBalance } from '../stock/movements';
import type { ProductLots } from '../stock/product-lots';
import type {
  Establishment,
  EstablishmentKind,
  InventoryTaken,
  MovementEvent,
  Practitioner,
  ProductDefinition,
  RegisterEvent,
  StockCompartment,
  Validator,
} from './events';
import type { ChainHead } from './chain-head';
import type { MonthMoves } from './month-moves';

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

/** What the opening fixed for the life of the register. */
export interface Opening {
  registerId: string;
  kind: EstablishmentKind;
  /** Operation date of the opening: nothing can be dated before it. */
  openedOn: string;
}

/**
 * A movement as a correction needs it: the fields that say what it moved, not its free
 * text. Kept by the replay, which reads a journal once; the app reads the event instead.
 */
export type MovementFacts = Pick<MovementEvent, 'seq' | 'type' | 'productId' | 'quantity' | 'operationDate'> &
  Partial<{ compartment: string; reverses: string; direction: string; corrects: number; inventory: number; dossier: string }>;

export interface ProductFacts {
  state: ProductState;
  stock: StockBalance;
  carryOver: { compartments: CarryOver['compartments'][number][]; otherMovements: boolean };
  /**
   * What is left of each lot, by FEFO estimate (shared/stock/product-lots.ts): only the
   * lots still holding units (a busy product receives thousands over the years). Whether
   * a lot was ever received is a look-up (decide.ts), not a list kept here.
   */
  lots: ProductLots;
}

export interface InventoryFacts {
  event: RegisterEvent & InventoryTaken;
  /** Lines already settled by an écart (`lineKey`). */
  settled: string[];
  /** Whether a movement other than this inventory's écarts came after it. */
  movedSince: boolean;
  /** Whether its transfer-inventory edition was produced. */
  transferPrinted: boolean;
}

export interface RegisterState {
  head: ChainHead | null;
  opening?: Opening;
  holder?: Practitioner;
  /** The establishment as it stands now: the opening's, with its later changes of name or address. */
  establishment?: Establishment;
  /** Order number of the last change of holder, when the register has changed hands. */
  holderSince?: number;
  /** Who may validate now, by order number, the holder first (holderOf). */
  validators: Map<string, Validator>;
  /** The last month closed (YYYY-MM). */
  closedThrough?: string;
  closed?: ClosedRegister;
  products: Map<string, ProductFacts>;
  /** Corrected order number → the correction's: a movement is corrected once at most. */
  correctedBy: Map<number, number>;
  inventories: Map<number, InventoryFacts>;
  dossiers: Map<string, DossierFacts>;
  /** The latest operation date of any movement. */
  lastMovementDay?: string;
  /** Stock of each product at the end of the last closed month: what the next closure carries in. */
  carried: Map<string, StockBalance>;
  /**
   * The key the closures are signed with (shared/signature/): absent while the register
   * never had one; `publicKey` null after a change of holder, until the new holder's is recorded.
   */
  signingKey?: { publicKey: string | null; since: number };
  /** Movements of the months not closed yet: month → product → their sums. */
  pending: Map<string, Map<string, MonthMoves>>;
}

export function emptyState(): RegisterState {
  return {
    head: null,
    validators: new Map(),
    products: new Map(),
    correctedBy: new Map(),
    inventories: new Map(),
    dossiers: new Map(),
    carried: new Map(),
    pending: new Map(),
  };
}

/** The holder: the first of the validators, from the opening or the last change of holder on. */
export function holderOf(state: RegisterState): Validator | undefined {
  for (const validator of state.validators.values()) return validator;
  return undefined;
}
