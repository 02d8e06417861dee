// Read side of the register. Stock comes from the monthly totals, never from folding
// the whole log, so the first screen stays fast on a ten-year register. What describes
// the register (establishment, validators, products) is a handful of events, folded here.
import Dexie from 'dexie';
import { isMovement, type Establishment, type Practitioner, type ProductDefinition, type RegisterEvent, type Validator } from '../../shared/register/events';
import type { ProductState } from '../../shared/register/validate';
import { balanceAfter, EMPTY_STOCK, type StockBalance } from '../../shared/stock/movements';
import type { RegisterDatabase } from './database';

export interface RegisterIdentity {
  registerId: string;
  /** As it stands now: the opening's, with later changes of name or address. */
  establishment: Establishment;
  holder: Practitioner;
  openedOn: string;
  /** Order number of the change of holder, when the register has changed hands. */
  holderSince?: number;
}

export interface ProductSummary extends ProductDefinition {
  productId: string;
  active: boolean;
}

export const HOLDER_ROLE = 'Titulaire';

export async function findOpening(db: RegisterDatabase): Promise<RegisterEvent | undefined> {
  return db.events.get(1);
}

/**
 * The reads the register's identity is folded from, all started at once. A live query
 * observes only the reads started while its zone lives, and each sequential native await
 * shortens that life: a read started late is not observed and its changes are missed.
 */
function identityReads(db: RegisterDatabase) {
  return [
    findOpening(db),
    db.events.where('type').equals('establishment.changed').last(),
    // After a cession the buyer holds the register; the opening keeps naming the seller.
    db.events.where('type').equals('holder.changed').last(),
  ] as const;
}

function foldIdentity([opening, change, handOver]: Awaited<ReturnType<typeof identityReads>[number]>[]): RegisterIdentity | null {
  if (opening?.type !== 'register.opened') return null;
  const details = change?.type === 'establishment.changed' ? change.establishment : opening.establishment;
  return {
    registerId: opening.registerId,
    establishment: { ...details, kind: opening.establishment.kind },
    holder: handOver?.type === 'holder.changed' ? handOver.holder : opening.holder,
    openedOn: opening.operationDate,
    ...(handOver?.type === 'holder.changed' ? { holderSince: handOver.seq } : {}),
  };
}

export async function readIdentity(db: RegisterDatabase): Promise<RegisterIdentity | null> {
  return foldIdentity(await Promise.all(identityReads(db)));
}

export type RegisterClosedEvent = Extract<RegisterEvent, { type: 'register.closed' }>;

/** The definitive closure, once recorded: the register is read-only from then on. */
export async function readClosure(db: RegisterDatabase): Promise<RegisterClosedEvent | null> {
  const closed = await db.events.where('type').equals('register.closed').first();
  return closed?.type === 'register.closed' ? closed : null;
}

/** Who may validate now: the holder first, then everyone authorised since they hold the register and not revoked since. */
export async function listValidators(db: RegisterDatabase): Promise<Validator[]> {
  // Every read started at once, for the live queries (see identityReads).
  const [opening, change, handOver, changes] = await Promise.all([...identityReads(db), db.events.where('type').anyOf('validator.authorized', 'validator.revoked').sortBy('seq')]);
  const identity = foldIdentity([opening, change, handOver]);
  if (!identity) return [];
  const byOrderNumber = new Map<string, Validator>([[identity.holder.orderNumber, { ...identity.holder, role: HOLDER_ROLE }]]);
  // A cession ends every authority given before it: the buyer alone, who authorises their own people.
  const since = identity.holderSince ?? 0;
  for (const event of changes) {
    if (event.seq < since) continue;
    if (event.type === 'validator.authorized') byOrderNumber.set(event.person.orderNumber, event.person);
    if (event.type === 'validator.revoked') byOrderNumber.delete(event.person.orderNumber);
  }
  return [...byOrderNumber.values()];
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

/** Every product as its definition and later changes leave it, in order of definition. */
export async function listProducts(db: RegisterDatabase): Promise<ProductSummary[]> {
  const events = await db.events.where('type').anyOf('product.defined', 'product.changed').sortBy('seq');
  const products = new Map<string, ProductSummary>();
  for (const event of events) {
    if (event.type === 'product.defined') products.set(event.productId, { productId: event.productId, ...event.product, active: true });
    if (event.type === 'product.changed') products.set(event.productId, { productId: event.productId, ...event.product, active: event.active });
  }
  return [...products.values()];
}

export async function findProduct(db: RegisterDatabase, productId: string): Promise<ProductState | undefined> {
  // Definitions and changes are few; the product's movements are many and are not read.
  const summary = (await listProducts(db)).find((product) => product.productId === productId);
  if (!summary) return undefined;
  const { productId: _id, active, ...definition } = summary;
  const hasMovements = (await db.monthlyTotals.where('productId').equals(productId).count()) > 0;
  return { definition, active, hasMovements };
}

export async function productStock(db: RegisterDatabase, productId: string): Promise<StockBalance> {
  const months = await db.monthlyTotals.where('productId').equals(productId).toArray();
  return months.reduce(balanceAfter, EMPTY_STOCK);
}

/** Current stock of every product that has moved, by product id. */
export async function stockByProduct(db: RegisterDatabase): Promise<Map<string, StockBalance>> {
  const stock = new Map<string, StockBalance>();
  await db.monthlyTotals.each((month) => {
    stock.set(month.productId, balanceAfter(stock.get(month.productId) ?? EMPTY_STOCK, month));
  });
  return stock;
}

/** Every event of one product, in register order. */
export async function productEvents(db: RegisterDatabase, productId: string): Promise<RegisterEvent[]> {
  return db.events.where('[productId+seq]').between([productId, Dexie.minKey], [productId, Dexie.maxKey]).toArray();
}

/** Every event of the given types, in register order (through the type index, not the whole register). */
export async function eventsOfTypes(db: RegisterDatabase, types: readonly RegisterEvent['type'][]): Promise<RegisterEvent[]> {
  const events = await db.events.where('type').anyOf([...types]).toArray();
  return events.sort((a, b) => a.seq - b.seq);
}

/** The latest operation date of any movement: the register's stock now is its stock that day. */
export async function lastMovementDay(db: RegisterDatabase): Promise<string | undefined> {
  let latest: string | undefined;
  // Walk the dates from the latest down: the first movement met is the answer.
  await db.events
    .orderBy('operationDate')
    .reverse()
    .until(() => latest !== undefined)
    .each((event) => {
      if (latest === undefined && isMovement(event)) latest = event.operationDate;
    });
  return latest;
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
