// The facts a draft is checked against, read from the register's state in one place:
// the app's write door and the replay of a journal both decide through decide.ts, which
// builds them here. The rules (validate*.ts) still read this DraftContext shape; the
// state is complete, so every fact a rule asks for is there.
import { substanceKey, type PatientDispensation } from '../prescription/history';
import { EMPTY_STOCK } from '../stock/movements';
import type { RegisterEvent } from './events';
import { namedLots, receivedLotKey } from './lookups';
import { closureFigures } from './month-moves';
import type { RegisterState } from './register-state';
import type { DraftBody, DraftContext } from './validate';

/** What the rules read besides the state: the events a draft names by order number, read by the storage. */
export interface Fetched {
  /** For a correction: the event it names, when the register has one at that number. */
  target?: RegisterEvent;
  /** Of the lots the draft names (lookups.ts), those the register received for that product, by `receivedLotKey`. */
  receivedLots?: ReadonlySet<string>;
  /** For a dispensation on a prescription: the patient's earlier ones since the look-up's day. */
  patientDispensations?: readonly PatientDispensation[];
}

/**
 * The machine's day when the event was recorded. `recordedAt` is UTC and the operation
 * date is local: a day's grace covers every time zone, so a genuine entry is never taken
 * for one dated in the future.
 */
export function dayOfRecording(recordedAt: string): string {
  // A replay asks for every event, and the events of a day follow each other: an instant
  // written in UTC as the chain writes it gives the same answer as the last one of its day.
  const day = recordedAt.slice(0, 10);
  if (day === lastRecording.day && UTC_INSTANT.test(recordedAt)) return lastRecording.answer;
  const instant = Date.parse(recordedAt);
  const answer = new Date(instant + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  if (UTC_INSTANT.test(recordedAt)) lastRecording = { day, answer };
  return answer;
}

/** An instant in UTC with its seconds (`toISOString`): its day of recording depends on its date alone. */
const UTC_INSTANT = /^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;
let lastRecording = { day: '', answer: '' };

export function contextFromState(state: RegisterState, fetched: Fetched, body: DraftBody, today: string): DraftContext {
  const context: DraftContext = {
    today,
    validators: [...state.validators.values()],
    ...(state.opening ? { register: { kind: state.opening.kind, openedOn: state.opening.openedOn } } : {}),
    ...(state.closedThrough === undefined ? {} : { closedThrough: state.closedThrough }),
    ...(state.closed ? { closed: state.closed } : {}),
  };
  const productId = body.type === 'correction' ? addCorrectionTarget(state, fetched, context) : 'productId' in body ? body.productId : undefined;
  if (productId !== undefined) {
    const product = state.products.get(productId);
    if (product) context.product = product.state;
    context.stock = product?.stock ?? EMPTY_STOCK;
    if (body.type === 'opening.balance' && product) context.carryOver = product.carryOver;
    // The rule only asks whether the named lot was received: answered by a look-up, without listing every lot.
    if (body.type === 'quarantine.moved') context.receivedLots = receivedAmong(fetched, body).map((named) => named.lot);
  }
  if ((body.type === 'product.defined' || body.type === 'product.changed') && typeof body.product?.cip13 === 'string' && body.product.cip13 !== '') {
    const cip13 = body.product.cip13.trim();
    const self = body.type === 'product.changed' ? body.productId : undefined;
    for (const [id, product] of state.products) {
      if (id !== self && product.state.definition.cip13 === cip13) context.cip13Owner = product.state.definition.designation;
    }
  }
  addLifecycleFacts(state, fetched, body, context);
  if (body.type === 'dispensation' && fetched.patientDispensations) {
    // A corrected dispensation was reversed: it no longer counts against the prescription.
    context.patientHistory = fetched.patientDispensations
      .filter((earlier) => !state.correctedBy.has(earlier.seq))
      .map((earlier) => ({ ...earlier, substance: substanceKey(earlier.productId, state.products.get(earlier.productId)?.state.definition) }));
  }
  return context;
}

/** The lots the draft names that the storage found received. */
function receivedAmong(fetched: Fetched, body: DraftBody) {
  return namedLots(body).filter((named) => fetched.receivedLots?.has(receivedLotKey(named)));
}

/** Puts the corrected event and any earlier correction of it in the context; returns its product. */
function addCorrectionTarget(state: RegisterState, fetched: Fetched, context: DraftContext): string | undefined {
  const { target } = fetched;
  if (!target) return undefined;
  context.target = target;
  const by = state.correctedBy.get(target.seq);
  if (by !== undefined) context.targetCorrectedBy = by;
  return 'productId' in target && typeof target.productId === 'string' && 'quantity' in target ? target.productId : undefined;
}

function addLifecycleFacts(state: RegisterState, fetched: Fetched, body: DraftBody, context: DraftContext): void {
  switch (body.type) {
    case 'inventory.taken': {
      const products = new Map([...state.products].map(([id, product]) => [id, { state: product.state, stock: product.stock }]));
      context.inventory = { products, ...(state.lastMovementDay === undefined ? {} : { lastMovementDay: state.lastMovementDay }) };
      break;
    }
    case 'inventory.adjustment': {
      const target = state.inventories.get(body.inventory);
      context.inventory = target ? { target: target.event, settled: target.settled } : { settled: [] };
      break;
    }
    case 'destruction.planned': {
      const received = receivedAmong(fetched, body);
      const products = new Map(
        [...state.products].map(([id, product]) => [
          id,
          { state: product.state, stock: product.stock, lots: received.filter((named) => named.productId === id).map((named) => named.lot) },
        ]),
      );
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
      if (state.head) context.closure = { head: state.head, products: closureFigures(state.carried, state.pending.get(body.month) ?? new Map()) };
      break;
    case 'holder.changed': {
      const inventory = state.inventories.get(body.inventory);
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
