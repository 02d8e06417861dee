// What the register is after a run of events: everything its rules read, and nothing
// else. Kept by the domain and advanced by one fold (evolve.ts), so that a journal from
// outside is checked against the same facts the app checked each entry against.
import type { StockBalance } from '../stock/movements';
import type { EstablishmentKind, InventoryTaken, MovementEvent, Practitioner, RegisterEvent, Validator } from './events';
import type { ChainHead } from './prepare';
import type { CarryOver, ProductState } from './validate';
import type { ClosedRegister } from './validate-cession';
import type { DossierFacts } from './validate-destruction';

/**
 * A movement as later rules need it (a correction's target, a month's figures): the
 * fields that say what it moved, not its free text, so that the state stays small.
 */
export type MovementFacts = Pick<MovementEvent, 'seq' | 'type' | 'productId' | 'quantity' | 'operationDate'> &
  Partial<{ compartment: string; reverses: string; direction: string; corrects: number; inventory: number; dossier: string }>;

export interface ProductFacts {
  state: ProductState;
  stock: StockBalance;
  carryOver: { compartments: CarryOver['compartments'][number][]; otherMovements: boolean };
  /** Lots received for this product, each once (a set: a busy product receives thousands over the years). */
  lots: Set<string>;
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
  opening?: { registerId: string; kind: EstablishmentKind; openedOn: string };
  holder?: Practitioner;
  /** Who may validate now, by order number, the holder first. */
  validators: Map<string, Validator>;
  /** The last month closed (YYYY-MM). */
  closedThrough?: string;
  closed?: ClosedRegister;
  products: Map<string, ProductFacts>;
  /** Every movement so far, by order number: a correction may name any of them. */
  movements: Map<number, MovementFacts>;
  /** Corrected order number → the correction's. */
  correctedBy: Map<number, number>;
  inventories: Map<number, InventoryFacts>;
  dossiers: Map<string, DossierFacts>;
  /** The latest operation date of any movement. */
  lastMovementDay?: string;
  /** Stock of each product at the end of the last closed month: what the next closure carries in. */
  carried: Map<string, StockBalance>;
  /** Movements of the months not closed yet, by month, in register order. */
  pending: Map<string, MovementFacts[]>;
}

export function emptyState(): RegisterState {
  return {
    head: null,
    validators: new Map(),
    products: new Map(),
    movements: new Map(),
    correctedBy: new Map(),
    inventories: new Map(),
    dossiers: new Map(),
    carried: new Map(),
    pending: new Map(),
  };
}
