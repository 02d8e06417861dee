// The register's state as storage keeps it: plain arrays and objects instead of Maps and
// Sets, so that it survives IndexedDB's structured clone and JSON alike (a second storage
// may keep it as text), quantities staying the integers they are. `format` says which
// shape of the state this is: a later shape is folded again from the journal, never guessed.
import type { Validator } from './events';
import type { ChainHead } from './chain-head';
import type { MonthMoves } from './month-moves';
import type { DossierFacts, InventoryFacts, ProductFacts, RegisterState } from './register-state';
import type { StockBalance } from '../stock/movements';
import type { Held, HeldLot } from '../stock/product-lots';

/** 2: each product's lots with what is left of them, the establishment now and the holder's start. */
export const STATE_FORMAT = 2;

export interface StateRecord {
  format: typeof STATE_FORMAT;
  head: ChainHead | null;
  opening?: RegisterState['opening'];
  holder?: RegisterState['holder'];
  establishment?: RegisterState['establishment'];
  holderSince?: number;
  validators: [string, Validator][];
  closedThrough?: string;
  closed?: RegisterState['closed'];
  products: [string, Omit<ProductFacts, 'lots'> & { lots: { unlotted: Held; held: HeldLot[] } }][];
  correctedBy: [number, number][];
  inventories: [number, InventoryFacts][];
  dossiers: [string, DossierFacts][];
  lastMovementDay?: string;
  signingKey?: RegisterState['signingKey'];
  carried: [string, StockBalance][];
  pending: [string, [string, MonthMoves][]][];
}

export function toStateRecord(state: RegisterState): StateRecord {
  return {
    format: STATE_FORMAT,
    head: state.head,
    ...(state.opening ? { opening: state.opening } : {}),
    ...(state.holder ? { holder: state.holder } : {}),
    ...(state.establishment ? { establishment: state.establishment } : {}),
    ...(state.holderSince === undefined ? {} : { holderSince: state.holderSince }),
    validators: [...state.validators],
    ...(state.closedThrough === undefined ? {} : { closedThrough: state.closedThrough }),
    ...(state.closed ? { closed: state.closed } : {}),
    products: [...state.products].map(([id, product]) => [
      id,
      { ...product, lots: { unlotted: { ...product.lots.unlotted }, held: [...product.lots.held.values()].map((lot) => ({ ...lot })) } },
    ]),
    correctedBy: [...state.correctedBy],
    inventories: [...state.inventories],
    dossiers: [...state.dossiers],
    ...(state.lastMovementDay === undefined ? {} : { lastMovementDay: state.lastMovementDay }),
    ...(state.signingKey ? { signingKey: { ...state.signingKey } } : {}),
    carried: [...state.carried],
    pending: [...state.pending].map(([month, products]) => [month, [...products]]),
  };
}

export function fromStateRecord(record: StateRecord): RegisterState {
  return {
    head: record.head,
    ...(record.opening ? { opening: record.opening } : {}),
    ...(record.holder ? { holder: record.holder } : {}),
    ...(record.establishment ? { establishment: record.establishment } : {}),
    ...(record.holderSince === undefined ? {} : { holderSince: record.holderSince }),
    validators: new Map(record.validators),
    ...(record.closedThrough === undefined ? {} : { closedThrough: record.closedThrough }),
    ...(record.closed ? { closed: record.closed } : {}),
    products: new Map(
      record.products.map(([id, product]) => [
        id,
        { ...product, lots: { unlotted: { ...product.lots.unlotted }, held: new Map(product.lots.held.map((lot) => [lot.lot, { ...lot }])) } },
      ]),
    ),
    correctedBy: new Map(record.correctedBy),
    inventories: new Map(record.inventories),
    dossiers: new Map(record.dossiers),
    ...(record.lastMovementDay === undefined ? {} : { lastMovementDay: record.lastMovementDay }),
    ...(record.signingKey ? { signingKey: { ...record.signingKey } } : {}),
    carried: new Map(record.carried),
    pending: new Map(record.pending.map(([month, products]) => [month, new Map(products)])),
  };
}
