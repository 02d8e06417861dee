// Records several events as one act: each is validated against the register as the ones
// before it in the batch leave it, sealed and appended in order, all in ONE IndexedDB
// transaction. The first refusal aborts the transaction, so nothing of the batch is
// written; a crash in the middle writes nothing either. The reserve copy then receives
// the new events like any others (features/reserve), oldest first. While a restore is
// under way the register is not whole: the batch is refused, whole.
import { appError, type AppError } from '../../shared/errors';
import { clockSetBackBefore } from '../../shared/register/clock';
import { localDay } from '../../shared/register/dates';
import type { RegisterEvent } from '../../shared/register/events';
import { prepareEvent } from '../../shared/register/prepare';
import type { Draft, DraftContext, ProductState } from '../../shared/register/validate';
import { destructionDossiers } from '../../shared/register/validate-destruction';
import { lineKey } from '../../shared/register/validate-inventory';
import { EMPTY_STOCK, type StockBalance } from '../../shared/stock/movements';
import { err, ok, type Result } from '../../shared/result';
import { addToMonthlyTotals, gatherContext } from './append-event';
import type { RegisterDatabase } from './database';
import { refusalWhileRestoring } from './restore-marker';
import { lastMovementDay, listProducts, stockByProduct } from './queries';

/**
 * One step of a batch: a draft, or drafts made from the events sealed so far in the
 * batch (an inventory's adjustments need its order number, known once it is sealed).
 */
export type BatchStep = Draft | ((sealed: readonly RegisterEvent[]) => readonly Draft[]);

/** Carries a refusal out of the transaction callback, which aborts it. */
class BatchRefused extends Error {
  override readonly name = 'BatchRefused';
  constructor(readonly refusal: AppError) {
    super('Lot d’événements refusé');
  }
}

export async function appendEvents(db: RegisterDatabase, steps: readonly BatchStep[], now = new Date()): Promise<Result<RegisterEvent[], AppError>> {
  const today = localDay(now);
  return db
    .transaction('rw', db.events, db.monthlyTotals, db.meta, async () => {
      const restoring = await refusalWhileRestoring(db);
      if (restoring) throw new BatchRefused(restoring);
      const sealed: RegisterEvent[] = [];
      for (const step of steps) {
        const drafts = typeof step === 'function' ? step(sealed) : [step];
        for (const draft of drafts) {
          const last = await db.events.orderBy('seq').last();
          const context = await gatherContext(db, draft, today);
          await addInventoryFacts(db, draft, context);
          await addDestructionFacts(db, draft, context);
          // A clock behind the last event: its set-back goes first; a later refusal aborts both.
          const setBack = clockSetBackBefore(last, draft, context, now);
          if (!setBack.ok) throw new BatchRefused(setBack.error);
          if (setBack.value) await db.events.add(setBack.value);
          const head = setBack.value ?? last;
          const prepared = prepareEvent(draft, context, { head: head ? { seq: head.seq, hash: head.hash } : null, recordedAt: now });
          if (!prepared.ok) throw new BatchRefused(prepared.error);
          await db.events.add(prepared.value);
          await addToMonthlyTotals(db, prepared.value);
          sealed.push(prepared.value);
        }
      }
      return ok(sealed);
    })
    .catch((error: unknown): Result<RegisterEvent[], AppError> => {
      if (error instanceof BatchRefused) return err(error.refusal);
      if (error instanceof Error && error.name === 'WriteOnceViolation') return err(appError('storage.writeOnce'));
      throw error;
    });
}

/** What an inventory and its adjustments are checked against, read inside the writing transaction. */
async function addInventoryFacts(db: RegisterDatabase, draft: Draft, context: DraftContext): Promise<void> {
  const { body } = draft;
  if (body.type === 'inventory.taken') {
    const [summaries, stock] = await Promise.all([listProducts(db), stockByProduct(db)]);
    const products = new Map<string, { state: ProductState; stock: StockBalance }>();
    for (const { productId, active, ...definition } of summaries) {
      const held = stock.get(productId);
      products.set(productId, { state: { definition, active, hasMovements: held !== undefined }, stock: held ?? EMPTY_STOCK });
    }
    const lastDay = await lastMovementDay(db);
    context.inventory = { products, ...(lastDay === undefined ? {} : { lastMovementDay: lastDay }) };
  }
  if (body.type === 'inventory.adjustment') {
    const target = Number.isSafeInteger(body.inventory) ? await db.events.get(body.inventory) : undefined;
    const adjustments = target ? await db.events.where('type').equals('inventory.adjustment').toArray() : [];
    const settled = adjustments.flatMap((event) =>
      event.type === 'inventory.adjustment' && event.inventory === target?.seq ? [lineKey(event.productId, event.compartment)] : [],
    );
    context.inventory = { ...(target ? { target } : {}), settled };
  }
}

const DESTRUCTION_TYPES = ['destruction.planned', 'destruction.certified', 'destruction', 'destruction.copySent', 'destruction.cancelled'];

/** What a destruction event is checked against: every dossier so far; for a plan, every product, its stock and its lots. */
async function addDestructionFacts(db: RegisterDatabase, draft: Draft, context: DraftContext): Promise<void> {
  const { body } = draft;
  if (!DESTRUCTION_TYPES.includes(body.type)) return;
  const dossiers = destructionDossiers(await db.events.where('type').anyOf(DESTRUCTION_TYPES).toArray());
  if (body.type !== 'destruction.planned') {
    context.destruction = { dossiers };
    return;
  }
  const [summaries, stock, receipts] = await Promise.all([listProducts(db), stockByProduct(db), db.events.where('type').equals('receipt').toArray()]);
  const products = new Map<string, { state: ProductState; stock: StockBalance; lots: string[] }>();
  for (const { productId, active, ...definition } of summaries) {
    const held = stock.get(productId);
    const lots = [...new Set(receipts.flatMap((event) => (event.type === 'receipt' && event.productId === productId ? [event.lot] : [])))];
    products.set(productId, { state: { definition, active, hasMovements: held !== undefined }, stock: held ?? EMPTY_STOCK, lots });
  }
  context.destruction = { dossiers, products };
}
