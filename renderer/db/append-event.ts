// Records one event: gathers what validation needs, validates, seals, appends, and
// updates the monthly totals, all in one IndexedDB transaction: either everything is
// written or nothing is. Hashing is synchronous, so nothing foreign is awaited inside.
// While a restore is under way the register is not whole: nothing is written then.
import { appError, type AppError } from '../../shared/errors';
import { clockSetBackBefore } from '../../shared/register/clock';
import { localDay, monthOf } from '../../shared/register/dates';
import { isMovement, type RegisterEvent } from '../../shared/register/events';
import { prepareEvent } from '../../shared/register/prepare';
import type { Draft, DraftContext } from '../../shared/register/validate';
import { err, type Result } from '../../shared/result';
import { monthBalances } from '../../shared/closure/month-balance';
import { addDeltas, balanceAfter, EMPTY_STOCK, NO_DELTA, stockDelta, type StockBalance } from '../../shared/stock/movements';
import { addCessionFacts } from './cession-facts';
import type { RegisterDatabase } from './database';
import { settleEntry } from './entry-in-progress';
import { refusalWhileRestoring } from './restore-marker';
import { findProduct, lastClosure, listProducts, listValidators, productEvents, productStock, readIdentity } from './queries';

export async function appendEvent(db: RegisterDatabase, draft: Draft, now = new Date()): Promise<Result<RegisterEvent, AppError>> {
  return db
    .transaction('rw', db.events, db.monthlyTotals, db.meta, async () => {
      const restoring = await refusalWhileRestoring(db);
      if (restoring) return err(restoring);
      await settleEntry(db);
      const last = await db.events.orderBy('seq').last();
      const context = await gatherContext(db, draft, localDay(now));
      // A clock behind the last event: its set-back is sealed first, written only with the event.
      const setBack = clockSetBackBefore(last, draft, context, now);
      if (!setBack.ok) return setBack;
      const head = setBack.value ?? last;
      if (draft.body.type === 'month.closed' && head) context.closure = await closureFigures(db, draft.body.month, head);
      const prepared = prepareEvent(draft, context, { head: head ? { seq: head.seq, hash: head.hash } : null, recordedAt: now });
      if (!prepared.ok) return prepared;
      if (setBack.value) await db.events.add(setBack.value);
      await db.events.add(prepared.value);
      await addToMonthlyTotals(db, prepared.value);
      return prepared;
    })
    .catch((error: unknown) => {
      if (error instanceof Error && error.name === 'WriteOnceViolation') return err(appError('storage.writeOnce'));
      throw error;
    });
}

/** The facts of the register this draft is checked against, read inside the writing transaction. */
export async function gatherContext(db: RegisterDatabase, draft: Draft, today: string): Promise<DraftContext> {
  const identity = await readIdentity(db);
  const closed = await lastClosure(db);
  const context: DraftContext = {
    today,
    validators: await listValidators(db),
    ...(identity ? { register: { kind: identity.establishment.kind, openedOn: identity.openedOn } } : {}),
    ...(closed ? { closedThrough: closed.month } : {}),
  };
  const { body } = draft;
  const productId = body.type === 'correction' ? await correctionTarget(db, body.corrects, context) : 'productId' in body ? body.productId : undefined;
  if (productId !== undefined) {
    const product = await findProduct(db, productId);
    if (product) context.product = product;
    context.stock = await productStock(db, productId);
  }
  if (body.type === 'opening.balance') {
    const earlier = (await productEvents(db, body.productId)).filter(isMovement);
    context.carryOver = {
      compartments: earlier.flatMap((event) => (event.type === 'opening.balance' ? [event.compartment] : [])),
      otherMovements: earlier.some((event) => event.type !== 'opening.balance'),
    };
  }
  if (body.type === 'quarantine.moved' && body.lot !== undefined) {
    const receipts = (await productEvents(db, body.productId)).flatMap((event) => (event.type === 'receipt' ? [event.lot] : []));
    context.receivedLots = [...new Set(receipts)];
  }
  await addCessionFacts(db, draft, context);
  if ((body.type === 'product.defined' || body.type === 'product.changed') && body.product.cip13) {
    const cip13 = body.product.cip13.trim();
    const self = body.type === 'product.changed' ? body.productId : undefined;
    const owner = (await listProducts(db)).find((product) => product.cip13 === cip13 && product.productId !== self);
    if (owner) context.cip13Owner = owner.designation;
  }
  return context;
}

/** Puts the corrected event and any earlier correction of it in the context; returns its product. */
async function correctionTarget(db: RegisterDatabase, seq: number, context: DraftContext): Promise<string | undefined> {
  const target = Number.isSafeInteger(seq) ? await db.events.get(seq) : undefined;
  if (!target) return undefined;
  context.target = target;
  if (!isMovement(target)) return undefined;
  const earlier = await db.events
    .where('[productId+seq]')
    .between([target.productId, target.seq], [target.productId, Infinity])
    .filter((event) => event.type === 'correction' && event.corrects === target.seq)
    .first();
  if (earlier) context.targetCorrectedBy = earlier.seq;
  return target.productId;
}

/** The figures of a month: balances carried in from the monthly totals before it, and its movements. */
async function closureFigures(db: RegisterDatabase, month: string, head: { seq: number; hash: string }): Promise<NonNullable<DraftContext['closure']>> {
  const carriedIn = new Map<string, StockBalance>();
  await db.monthlyTotals.each((total) => {
    if (total.month < month) carriedIn.set(total.productId, balanceAfter(carriedIn.get(total.productId) ?? EMPTY_STOCK, total));
  });
  const ofMonth = await db.events.where('operationDate').between(`${month}-01`, `${month}-31`, true, true).sortBy('seq');
  return { head: { seq: head.seq, hash: head.hash }, products: monthBalances(carriedIn, ofMonth.filter(isMovement)) };
}

/** Keeps the per-product, per-month totals in step; to be called inside the writing transaction. */
export async function addToMonthlyTotals(db: RegisterDatabase, event: RegisterEvent): Promise<void> {
  if (!isMovement(event)) return;
  const key = { productId: event.productId, month: monthOf(event.operationDate) };
  const current = await db.monthlyTotals.get([key.productId, key.month]);
  const { productId: _p, month: _m, ...totals } = current ?? { ...key, ...NO_DELTA };
  await db.monthlyTotals.put({ ...key, ...addDeltas(totals, stockDelta(event)) });
}
