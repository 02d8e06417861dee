// The one fold of the register: each sealed event moves the state on. The fold owns the
// state it is given and updates it in place (a million events cost no copies); callers
// that need an earlier state keep their own. Pure otherwise: no clock, no storage.
import { NO_RECALL, type LotRecall } from '../stock/lot-ledger';
import { balanceAfter, EMPTY_STOCK, stockDelta } from '../stock/movements';
import { applyToLots, noLots } from '../stock/product-lots';
import { monthOf } from './dates';
import { isMovement, type MovementEvent, type RegisterEvent } from './events';
import { addMove, noMoves } from './month-moves';
import type { MovementFacts, RegisterState } from './register-state';
import { lineKey } from './validate-inventory';

/** The holder's role among the validators; the journal records names and numbers only. */
const HOLDER_ROLE = 'Titulaire';

/**
 * `recall` answers what the lot estimate needs of the past that the state does not keep
 * (shared/stock/lot-ledger.ts); a fold of a whole journal holds it in memory (fold.ts).
 */
export function evolve(state: RegisterState, event: RegisterEvent, recall: LotRecall = NO_RECALL): RegisterState {
  state.head = { seq: event.seq, hash: event.hash };
  if (isMovement(event)) recordMovement(state, event, recall);
  switch (event.type) {
    case 'register.opened':
      state.opening = { registerId: event.registerId, kind: event.establishment.kind, openedOn: event.operationDate };
      state.holder = event.holder;
      state.establishment = event.establishment;
      state.validators = new Map([[event.holder.orderNumber, { ...event.holder, role: HOLDER_ROLE }]]);
      if (event.signingKey !== undefined) state.signingKey = { publicKey: event.signingKey, since: event.seq };
      break;
    case 'signingKey.recorded':
      state.signingKey = { publicKey: event.publicKey, since: event.seq };
      break;
    case 'establishment.changed':
      // Its kind never changes: only the name and the address.
      if (state.establishment) state.establishment = { ...event.establishment, kind: state.establishment.kind };
      break;
    case 'holder.changed':
      // A cession ends every authority given before it: the buyer alone, who authorises their own people.
      state.holder = event.holder;
      state.holderSince = event.seq;
      state.validators = new Map([[event.holder.orderNumber, { ...event.holder, role: HOLDER_ROLE }]]);
      // The outgoing holder's key signed the hand-over and signs nothing after it.
      if (state.signingKey) state.signingKey = { publicKey: null, since: event.seq };
      break;
    case 'validator.authorized':
      state.validators.set(event.person.orderNumber, event.person);
      break;
    case 'validator.revoked':
      state.validators.delete(event.person.orderNumber);
      break;
    case 'product.defined':
      state.products.set(event.productId, {
        state: { definition: event.product, active: true, hasMovements: false },
        stock: EMPTY_STOCK,
        carryOver: { compartments: [], otherMovements: false },
        lots: noLots(),
      });
      break;
    case 'product.changed': {
      const product = state.products.get(event.productId);
      if (product) product.state = { ...product.state, definition: event.product, active: event.active };
      break;
    }
    case 'inventory.taken':
      state.inventories.set(event.seq, { event, settled: [], movedSince: false, transferPrinted: false });
      break;
    case 'edition.produced':
      if (event.edition === 'transfer-inventory' && event.inventory !== undefined) {
        const inventory = state.inventories.get(event.inventory);
        if (inventory) inventory.transferPrinted = true;
      }
      break;
    case 'destruction.planned':
      state.dossiers.set(event.dossier, { planned: event, destroyed: [] });
      break;
    case 'destruction.certified':
    case 'destruction.copySent':
    case 'destruction.cancelled':
    case 'destruction': {
      const dossier = state.dossiers.get(event.dossier);
      if (!dossier) break;
      if (event.type === 'destruction.certified') dossier.certified = event;
      else if (event.type === 'destruction.copySent') dossier.copySent = event;
      else if (event.type === 'destruction.cancelled') dossier.cancelled = event;
      else dossier.destroyed.push(event);
      break;
    }
    case 'month.closed':
      closeMonth(state, event.month);
      break;
    case 'register.closed':
      state.closed = { seq: event.seq, operationDate: event.operationDate };
      break;
    default:
      break;
  }
  return state;
}

function recordMovement(state: RegisterState, event: MovementEvent, recall: LotRecall): void {
  const month = monthOf(event.operationDate);
  const pending = state.pending.get(month) ?? new Map();
  pending.set(event.productId, addMove(pending.get(event.productId) ?? noMoves(), event));
  state.pending.set(month, pending);
  if (state.lastMovementDay === undefined || event.operationDate > state.lastMovementDay) state.lastMovementDay = event.operationDate;
  if (event.type === 'correction') state.correctedBy.set(event.corrects, event.seq);
  // Inventories are a few a year: each learns whether this is one of its écarts or a later movement.
  for (const inventory of state.inventories.values()) {
    if (event.type === 'inventory.adjustment' && event.inventory === inventory.event.seq) inventory.settled.push(lineKey(event.productId, event.compartment));
    else inventory.movedSince = true;
  }
  const product = state.products.get(event.productId);
  if (!product) return;
  product.state = product.state.hasMovements ? product.state : { ...product.state, hasMovements: true };
  product.stock = balanceAfter(product.stock, stockDelta(event));
  if (event.type === 'opening.balance') product.carryOver.compartments.push(event.compartment);
  else product.carryOver.otherMovements = true;
  applyToLots(product.lots, event.productId, event, recall);
}

/** The month's movements join the stock carried into the next closure; the month is sealed. */
function closeMonth(state: RegisterState, month: string): void {
  for (const [productId, moves] of state.pending.get(month) ?? []) {
    state.carried.set(productId, balanceAfter(state.carried.get(productId) ?? EMPTY_STOCK, moves.delta));
  }
  state.pending.delete(month);
  state.closedThrough = month;
}

/** What a correction may later read of a movement (the replay keeps these; see replay.ts). */
export function movementFacts(event: MovementEvent): MovementFacts {
  const { seq, type, productId, quantity, operationDate } = event;
  const facts: MovementFacts = { seq, type, productId, quantity, operationDate };
  if ('compartment' in event) facts.compartment = event.compartment;
  if ('reverses' in event) facts.reverses = event.reverses;
  if ('direction' in event) facts.direction = event.direction;
  if ('corrects' in event) facts.corrects = event.corrects;
  if ('inventory' in event) facts.inventory = event.inventory;
  if ('dossier' in event) facts.dossier = event.dossier;
  return facts;
}

/** The facts kept of a movement are all that its stock effect and a correction read. */
export function asMovement(facts: MovementFacts): MovementEvent {
  return facts as unknown as MovementEvent;
}
