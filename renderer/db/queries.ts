// Read side of the register. What describes the register now (identity, validators,
// products, stock, lots, the last movement day) is read from its state row (state-row.ts),
// kept with every event: no screen shown at start or after an entry reads the log. Each
// read of the row is a live read of the `state` table, so a screen refreshes itself
// after every entry. Events are read by index only when a screen shows events.
import Dexie from 'dexie';
import type { Establishment, Practitioner, ProductDefinition, RegisterEvent, Validator } from '../../shared/register/events';
import type { RegisterState } from '../../shared/register/register-state';
import type { ProductState } from '../../shared/register/validate';
import { heldLots, type LotStock } from '../../shared/stock/lots';
import { EMPTY_STOCK, type StockBalance } from '../../shared/stock/movements';
import type { RegisterDatabase } from './database';
import { readState } from './state-row';

export interface RegisterIdentity {
  registerId: string;
  /** As it stands now: the opening's, with later changes of name or address. */
  establishment: Establishment;
  holder: Practitioner;
  openedOn: string;
  /** Order number of the change of holder, when the register has changed hands. */
  holderSince?: number;
  /** The public key its closures are signed with (shared/signature/); null while it waits for the new holder's. */
  signingKey?: string | null;
}

export interface ProductSummary extends ProductDefinition {
  productId: string;
  active: boolean;
}

export const HOLDER_ROLE = 'Titulaire';

/**
 * The register's state after its last event, read in one transaction (the row and the
 * head it must describe are read together; see state-row.ts).
 */
export async function readRegisterState(db: RegisterDatabase): Promise<RegisterState> {
  return db.transaction('r', db.events, db.state, () => readState(db));
}

export async function findOpening(db: RegisterDatabase): Promise<RegisterEvent | undefined> {
  return db.events.get(1);
}

export function identityOf(state: RegisterState): RegisterIdentity | null {
  const { opening, establishment, holder } = state;
  if (!opening || !establishment || !holder) return null;
  return {
    registerId: opening.registerId,
    establishment,
    holder,
    openedOn: opening.openedOn,
    ...(state.holderSince === undefined ? {} : { holderSince: state.holderSince }),
    ...(state.signingKey ? { signingKey: state.signingKey.publicKey } : {}),
  };
}

export async function readIdentity(db: RegisterDatabase): Promise<RegisterIdentity | null> {
  return identityOf(await readRegisterState(db));
}

export type RegisterClosedEvent = Extract<RegisterEvent, { type: 'register.closed' }>;

/** The definitive closure, once recorded: the register is read-only from then on. */
export async function readClosure(db: RegisterDatabase): Promise<RegisterClosedEvent | null> {
  const closed = await db.events.where('type').equals('register.closed').first();
  return closed?.type === 'register.closed' ? closed : null;
}

/** Who may validate now: the holder first, then everyone authorised since they hold the register and not revoked since. */
export async function listValidators(db: RegisterDatabase): Promise<Validator[]> {
  return [...(await readRegisterState(db)).validators.values()];
}

/** The last monthly closure, if any month has been closed. */
export async function lastClosure(db: RegisterDatabase): Promise<Extract<RegisterEvent, { type: 'month.closed' }> | undefined> {
  const last = await db.events.where('type').equals('month.closed').last();
  return last?.type === 'month.closed' ? last : undefined;
}

/** Every closure, oldest first. */
export async function listClosures(db: RegisterDatabase): Promise<Extract<RegisterEvent, { type: 'month.closed' }>[]> {
  const closures = await db.events.where('type').equals('month.closed').toArray();
  return closures.flatMap((event) => (event.type === 'month.closed' ? [event] : []));
}

export function productSummaries(state: RegisterState): ProductSummary[] {
  return [...state.products].map(([productId, product]) => ({ productId, ...product.state.definition, active: product.state.active }));
}

/** Every product as its definition and later changes leave it, in order of definition. */
export async function listProducts(db: RegisterDatabase): Promise<ProductSummary[]> {
  return productSummaries(await readRegisterState(db));
}

export async function findProduct(db: RegisterDatabase, productId: string): Promise<ProductState | undefined> {
  return (await readRegisterState(db)).products.get(productId)?.state;
}

export async function productStock(db: RegisterDatabase, productId: string): Promise<StockBalance> {
  return (await readRegisterState(db)).products.get(productId)?.stock ?? EMPTY_STOCK;
}

/** Current stock of every product that has moved, by product id. */
export async function stockByProduct(db: RegisterDatabase): Promise<Map<string, StockBalance>> {
  const state = await readRegisterState(db);
  return new Map([...state.products].flatMap(([productId, product]) => (product.state.hasMovements ? [[productId, product.stock] as const] : [])));
}

/**
 * The lots of every product still holding units, with what is left of them in each
 * compartment: the register's FEFO estimate (shared/stock/product-lots.ts), in order of first receipt.
 */
export async function registerLots(db: RegisterDatabase): Promise<LotStock[]> {
  return heldLots((await readRegisterState(db)).products);
}

/** Every event of one product, in register order. */
export async function productEvents(db: RegisterDatabase, productId: string): Promise<RegisterEvent[]> {
  return db.events.where('[productId+seq]').between([productId, Dexie.minKey], [productId, Dexie.maxKey]).toArray();
}

/** Every event of the given types, in register order (through the type index, not the whole register). */
export async function eventsOfTypes(db: RegisterDatabase, types: readonly RegisterEvent['type'][]): Promise<RegisterEvent[]> {
  const events = await db.events
    .where('type')
    .anyOf([...types])
    .toArray();
  return events.sort((a, b) => a.seq - b.seq);
}

/** The latest operation date of any movement: the register's stock now is its stock that day. */
export async function lastMovementDay(db: RegisterDatabase): Promise<string | undefined> {
  return (await readRegisterState(db)).lastMovementDay;
}

/** Order number of the last event, 0 for an empty register. */
export async function headSeq(db: RegisterDatabase): Promise<number> {
  return (await db.events.orderBy('seq').last())?.seq ?? 0;
}

export async function eventAt(db: RegisterDatabase, seq: number): Promise<RegisterEvent | undefined> {
  return db.events.get(seq);
}

/** Events after an order number, in order, at most `limit` of them. */
export async function eventsAfter(db: RegisterDatabase, seq: number, limit: number): Promise<RegisterEvent[]> {
  return db.events.where('seq').above(seq).limit(limit).toArray();
}
