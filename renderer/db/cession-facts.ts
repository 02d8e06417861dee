// What a holder change or a definitive closure is checked against, and whether the
// register is closed at all: read inside the writing transaction, like every fact.
import type { CessionContext } from '../../shared/register/validate-cession';
import { movedAfterInventory, transferPrintedAfter } from '../../shared/register/validate-cession';
import type { Draft, DraftContext } from '../../shared/register/validate';
import { EMPTY_STOCK } from '../../shared/stock/movements';
import type { RegisterDatabase } from './database';
import { lastMovementDay, listProducts, readClosure, stockByProduct } from './queries';

export async function addCessionFacts(db: RegisterDatabase, draft: Draft, context: DraftContext): Promise<void> {
  const closed = await readClosure(db);
  if (closed) context.closed = { seq: closed.seq, operationDate: closed.operationDate };
  const { body } = draft;
  if (body.type === 'holder.changed') context.cession = await holderChangeFacts(db, body.inventory);
  if (body.type === 'register.closed') context.cession = await closureFacts(db);
}

async function holderChangeFacts(db: RegisterDatabase, seq: number): Promise<CessionContext> {
  const inventory = Number.isSafeInteger(seq) ? await db.events.get(seq) : undefined;
  if (!inventory) return {};
  const after = await db.events.where('seq').above(inventory.seq).toArray();
  return { inventory, movedSinceInventory: movedAfterInventory(after, inventory.seq), transferPrinted: transferPrintedAfter(after, inventory.seq) };
}

async function closureFacts(db: RegisterDatabase): Promise<CessionContext> {
  const [products, stock, lastDay] = await Promise.all([listProducts(db), stockByProduct(db), lastMovementDay(db)]);
  const remaining = products.map((product) => ({ designation: product.designation, total: (stock.get(product.productId) ?? EMPTY_STOCK).total }));
  return { remaining, ...(lastDay === undefined ? {} : { lastMovementDay: lastDay }) };
}
