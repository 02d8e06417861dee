// Records one event: gathers what validation needs, validates, seals, appends, and
// updates the monthly totals, all in one IndexedDB transaction: either everything is
// written or nothing is. Hashing is synchronous, so nothing foreign is awaited inside.
import { appError, type AppError } from '../../shared/errors';
import { monthOf, localDay } from '../../shared/register/dates';
import { isMovement, type RegisterEvent } from '../../shared/register/events';
import { prepareEvent } from '../../shared/register/prepare';
import { addMilli, toMilli } from '../../shared/register/quantity';
import type { Draft, DraftContext } from '../../shared/register/validate';
import { err, type Result } from '../../shared/result';
import { stockDelta } from '../../shared/stock/movements';
import type { RegisterDatabase } from './database';
import { findOpening, findProduct, productEvents, productStock } from './queries';

export async function appendEvent(db: RegisterDatabase, draft: Draft, now = new Date()): Promise<Result<RegisterEvent, AppError>> {
  return db.transaction('rw', db.events, db.monthlyTotals, async () => {
    const head = await db.events.orderBy('seq').last();
    const opening = await findOpening(db);
    const context = await gatherContext(db, draft, opening !== undefined, localDay(now));
    const validatedBy = opening?.type === 'register.opened' ? opening.holder : { name: '', orderNumber: '' };
    const prepared = prepareEvent(draft, context, {
      head: head ? { seq: head.seq, hash: head.hash } : null,
      recordedAt: now,
      validatedBy,
    });
    if (!prepared.ok) return prepared;
    const event = prepared.value;
    await db.events.add(event);
    await addToMonthlyTotals(db, event);
    return prepared;
  }).catch((error: unknown) => {
    if (error instanceof Error && error.name === 'WriteOnceViolation') return err(appError('storage.writeOnce'));
    throw error;
  });
}

async function gatherContext(db: RegisterDatabase, draft: Draft, registerOpened: boolean, today: string): Promise<DraftContext> {
  const context: DraftContext = { registerOpened, today };
  const { body } = draft;
  if (body.type === 'receipt' || body.type === 'dispensation') {
    const product = await findProduct(db, body.productId);
    if (product) {
      context.product = product;
      context.available = await productStock(db, body.productId);
    }
  }
  if (body.type === 'correction') {
    const target = await db.events.get(body.corrects);
    if (target) {
      context.target = target;
      if (isMovement(target)) {
        context.available = await productStock(db, target.productId);
        const corrections = (await productEvents(db, target.productId)).filter(
          (event) => event.type === 'correction' && event.corrects === target.seq,
        );
        if (corrections[0]) context.targetCorrectedBy = corrections[0].seq;
      }
    }
  }
  if (body.type === 'product.defined' && body.product.cip13) {
    const cip13 = body.product.cip13.trim();
    const owner = (await db.events.where('type').equals('product.defined').toArray()).find(
      (event) => event.type === 'product.defined' && event.product.cip13 === cip13,
    );
    if (owner?.type === 'product.defined') context.cip13Owner = owner.product.designation;
  }
  return context;
}

/** Keeps the per-product, per-month totals in step; to be called inside the writing transaction. */
export async function addToMonthlyTotals(db: RegisterDatabase, event: RegisterEvent): Promise<void> {
  if (!isMovement(event)) return;
  const key = { productId: event.productId, month: monthOf(event.operationDate) };
  const current = await db.monthlyTotals.get([key.productId, key.month]);
  const delta = stockDelta(event);
  await db.monthlyTotals.put({
    ...key,
    entries: addMilli(current?.entries ?? toMilli(0), delta.entries),
    exits: addMilli(current?.exits ?? toMilli(0), delta.exits),
  });
}
