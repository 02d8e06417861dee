// The facts a stored event is checked against, read from the register's state as it was
// just before it: the same facts the app gathered from its database when the event was
// validated (renderer/db/append-event.ts, append-events.ts, cession-facts.ts).
import { monthBalances } from '../closure/month-balance';
import { EMPTY_STOCK } from '../stock/movements';
import type { RegisterEvent } from './events';
import { asMovement } from './evolve';
import type { RegisterState } from './register-state';
import type { DraftContext } from './validate';

/**
 * The machine's day when the event was recorded. `recordedAt` is UTC and the operation
 * date is local: a day's grace covers every time zone, so a genuine entry is never taken
 * for one dated in the future.
 */
export function dayOfRecording(recordedAt: string): string {
  const instant = Date.parse(recordedAt);
  return new Date(instant + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export function replayContext(state: RegisterState, event: RegisterEvent): DraftContext {
  const context: DraftContext = {
    today: dayOfRecording(event.recordedAt),
    validators: [...state.validators.values()],
    ...(state.opening ? { register: { kind: state.opening.kind, openedOn: state.opening.openedOn } } : {}),
    ...(state.closedThrough === undefined ? {} : { closedThrough: state.closedThrough }),
    ...(state.closed ? { closed: state.closed } : {}),
  };
  const productId = event.type === 'correction' ? addCorrectionTarget(state, event.corrects, context) : 'productId' in event ? event.productId : undefined;
  if (productId !== undefined) {
    const product = state.products.get(productId);
    if (product) context.product = product.state;
    context.stock = product?.stock ?? EMPTY_STOCK;
    if (event.type === 'opening.balance' && product) context.carryOver = product.carryOver;
    // The rule only asks whether the named lot was received: answered without listing every lot.
    if (event.type === 'quarantine.moved' && event.lot !== undefined) context.receivedLots = product?.lots.has(event.lot) ? [event.lot] : [];
  }
  if ((event.type === 'product.defined' || event.type === 'product.changed') && event.product.cip13) {
    const cip13 = event.product.cip13.trim();
    const self = event.type === 'product.changed' ? event.productId : undefined;
    for (const [id, product] of state.products) {
      if (id !== self && product.state.definition.cip13 === cip13) context.cip13Owner = product.state.definition.designation;
    }
  }
  addLifecycleFacts(state, event, context);
  return context;
}

/** Puts the corrected movement and any earlier correction of it in the context; returns its product. */
function addCorrectionTarget(state: RegisterState, seq: number, context: DraftContext): string | undefined {
  const target = state.movements.get(seq);
  if (!target) {
    // An event that exists but is not a movement: the rule names it as such.
    if (state.head && seq >= 1 && seq <= state.head.seq) context.target = { seq, type: 'register.opened' } as RegisterEvent;
    return undefined;
  }
  context.target = asMovement(target) as RegisterEvent;
  const by = state.correctedBy.get(seq);
  if (by !== undefined) context.targetCorrectedBy = by;
  return target.productId;
}

function addLifecycleFacts(state: RegisterState, event: RegisterEvent, context: DraftContext): void {
  switch (event.type) {
    case 'inventory.taken': {
      const products = new Map([...state.products].map(([id, product]) => [id, { state: product.state, stock: product.stock }]));
      context.inventory = { products, ...(state.lastMovementDay === undefined ? {} : { lastMovementDay: state.lastMovementDay }) };
      break;
    }
    case 'inventory.adjustment': {
      const target = state.inventories.get(event.inventory);
      context.inventory = target ? { target: target.event, settled: target.settled } : { settled: [] };
      break;
    }
    case 'destruction.planned': {
      const products = new Map([...state.products].map(([id, product]) => [id, { state: product.state, stock: product.stock, lots: [...product.lots] }]));
      context.destruction = { dossiers: state.dossiers, products };
      break;
    }
    case 'destruction.certified':
    case 'destruction':
    case 'destruction.copySent':
    case 'destruction.cancelled':
      context.destruction = { dossiers: state.dossiers };
      break;
    case 'month.closed':
      if (state.head) context.closure = { head: state.head, products: monthBalances(state.carried, (state.pending.get(event.month) ?? []).map(asMovement)) };
      break;
    case 'holder.changed': {
      const inventory = state.inventories.get(event.inventory);
      context.cession = inventory ? { inventory: inventory.event, movedSinceInventory: inventory.movedSince, transferPrinted: inventory.transferPrinted } : {};
      break;
    }
    case 'register.closed': {
      const remaining = [...state.products.values()].map((product) => ({ designation: product.state.definition.designation, total: product.stock.total }));
      context.cession = { remaining, ...(state.lastMovementDay === undefined ? {} : { lastMovementDay: state.lastMovementDay }) };
      break;
    }
    default:
      break;
  }
}
