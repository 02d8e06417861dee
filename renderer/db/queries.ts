// Read side of the register. Stock comes from the monthly totals, never from folding
// the whole log, so the first screen stays fast on a ten-year register.
import Dexie from 'dexie';
import type { Establishment, Practitioner, ProductDefinition, RegisterEvent } from '../../shared/register/events';
import { addMilli, subtractMilli, toMilli, type Milli } from '../../shared/register/quantity';
import type { RegisterDatabase } from './database';

export interface RegisterIdentity {
  registerId: string;
  establishment: Establishment;
  holder: Practitioner;
}

export interface ProductSummary extends ProductDefinition {
  productId: string;
}

export async function findOpening(db: RegisterDatabase): Promise<RegisterEvent | undefined> {
  return db.events.get(1);
}

export async function readIdentity(db: RegisterDatabase): Promise<RegisterIdentity | null> {
  const opening = await findOpening(db);
  if (opening?.type !== 'register.opened') return null;
  return { registerId: opening.registerId, establishment: opening.establishment, holder: opening.holder };
}

export async function findProduct(db: RegisterDatabase, productId: string): Promise<ProductDefinition | undefined> {
  const first = await db.events.where('[productId+seq]').between([productId, Dexie.minKey], [productId, Dexie.maxKey]).first();
  return first?.type === 'product.defined' ? first.product : undefined;
}

export async function listProducts(db: RegisterDatabase): Promise<ProductSummary[]> {
  const definitions = await db.events.where('type').equals('product.defined').toArray();
  return definitions.flatMap((event) =>
    event.type === 'product.defined' ? [{ productId: event.productId, ...event.product }] : [],
  );
}

export async function productStock(db: RegisterDatabase, productId: string): Promise<Milli> {
  const months = await db.monthlyTotals.where('productId').equals(productId).toArray();
  return months.reduce((stock, month) => subtractMilli(addMilli(stock, month.entries), month.exits), toMilli(0));
}

/** Current stock of every product that has moved, by product id. */
export async function stockByProduct(db: RegisterDatabase): Promise<Map<string, Milli>> {
  const stock = new Map<string, Milli>();
  await db.monthlyTotals.each((month) => {
    const before = stock.get(month.productId) ?? toMilli(0);
    stock.set(month.productId, subtractMilli(addMilli(before, month.entries), month.exits));
  });
  return stock;
}

/** Every event of one product, in register order. */
export async function productEvents(db: RegisterDatabase, productId: string): Promise<RegisterEvent[]> {
  return db.events.where('[productId+seq]').between([productId, Dexie.minKey], [productId, Dexie.maxKey]).toArray();
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
