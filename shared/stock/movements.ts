// How each movement changes the stock, and the running balance of a product's register.
import { isMovement, type MovementEvent, type RegisterEvent, type StockCompartment } from '../register/events';
import { addMilli, subtractMilli, toMilli, type Milli } from '../register/quantity';
import { missingCaseError } from '../result';

/** An entry or an exit: units come into or leave the register, in one compartment. */
export interface InOutEffect {
  direction: 'entry' | 'exit';
  compartment: StockCompartment;
  quantity: Milli;
}

/** A move between compartments (mise en quarantaine, or its correction): the register balance does not change. */
export interface TransferEffect {
  direction: 'transfer';
  from: StockCompartment;
  to: StockCompartment;
  quantity: Milli;
}

/** Where a movement takes units from or puts them. */
export type MovementEffect = InOutEffect | TransferEffect;

export function otherCompartment(compartment: StockCompartment): StockCompartment {
  return compartment === 'quarantine' ? 'dispensable' : 'quarantine';
}

export function movementEffect(event: MovementEvent): MovementEffect {
  const { quantity } = event;
  switch (event.type) {
    case 'opening.balance':
      return { direction: 'entry', compartment: event.compartment, quantity };
    case 'receipt':
      return { direction: 'entry', compartment: 'dispensable', quantity };
    case 'patient.return':
      return { direction: 'entry', compartment: 'quarantine', quantity };
    case 'dispensation':
    case 'vet.administration':
    case 'vet.dispensing':
    case 'preparation.use':
      return { direction: 'exit', compartment: 'dispensable', quantity };
    case 'supplier.return':
    case 'theft':
      return { direction: 'exit', compartment: event.compartment, quantity };
    case 'destruction':
      return { direction: 'exit', compartment: 'quarantine', quantity };
    case 'quarantine.moved':
      return { direction: 'transfer', from: 'dispensable', to: 'quarantine', quantity };
    case 'inventory.adjustment':
      // Brings the compartment to what the inventory counted: an entry when more was found.
      return { direction: event.direction, compartment: event.compartment, quantity };
    case 'correction':
      // The opposite of the corrected movement, in its compartment: the register stores
      // both on the correction, so that this needs nothing but the event itself. A
      // transfer is undone by moving the units back out of the compartment it filled.
      if (event.reverses === 'transfer') return { direction: 'transfer', from: event.compartment, to: otherCompartment(event.compartment), quantity };
      return { direction: event.reverses === 'entry' ? 'exit' : 'entry', compartment: event.compartment, quantity };
    default:
      throw missingCaseError(event);
  }
}

/**
 * What a movement adds to a period's totals. `entries` and `exits` are the register's
 * (every compartment); the quarantine figures are the part of the stock set aside.
 */
export interface StockDelta {
  entries: Milli;
  exits: Milli;
  quarantineEntries: Milli;
  quarantineExits: Milli;
}

export const NO_DELTA: StockDelta = { entries: toMilli(0), exits: toMilli(0), quarantineEntries: toMilli(0), quarantineExits: toMilli(0) };

export function stockDelta(event: MovementEvent): StockDelta {
  return effectDelta(movementEffect(event));
}

export function effectDelta(effect: MovementEffect): StockDelta {
  const { quantity } = effect;
  // Between compartments: nothing enters or leaves the register, only its quarantine part moves.
  if (effect.direction === 'transfer') return { ...NO_DELTA, [effect.to === 'quarantine' ? 'quarantineEntries' : 'quarantineExits']: quantity };
  const { direction, compartment } = effect;
  const delta = { ...NO_DELTA, [direction === 'entry' ? 'entries' : 'exits']: quantity };
  if (compartment === 'quarantine') delta[direction === 'entry' ? 'quarantineEntries' : 'quarantineExits'] = quantity;
  return delta;
}

export function addDeltas(a: StockDelta, b: StockDelta): StockDelta {
  return {
    entries: addMilli(a.entries, b.entries),
    exits: addMilli(a.exits, b.exits),
    quarantineEntries: addMilli(a.quarantineEntries, b.quarantineEntries),
    quarantineExits: addMilli(a.quarantineExits, b.quarantineExits),
  };
}

/** A product's stock: the register balance, and how much of it is in quarantine. */
export interface StockBalance {
  total: Milli;
  quarantine: Milli;
}

export const EMPTY_STOCK: StockBalance = { total: toMilli(0), quarantine: toMilli(0) };

export function balanceAfter(balance: StockBalance, delta: StockDelta): StockBalance {
  return {
    total: subtractMilli(addMilli(balance.total, delta.entries), delta.exits),
    quarantine: subtractMilli(addMilli(balance.quarantine, delta.quarantineEntries), delta.quarantineExits),
  };
}

/** What can leave through a dispensation: the balance minus quarantine. */
export function dispensable(balance: StockBalance): Milli {
  return subtractMilli(balance.total, balance.quarantine);
}

/** What a compartment holds. */
export function inCompartment(balance: StockBalance, compartment: StockCompartment): Milli {
  return compartment === 'quarantine' ? balance.quarantine : dispensable(balance);
}

export interface RegisterLine {
  event: MovementEvent;
  entry: Milli | null;
  exit: Milli | null;
  /** The register balance after this line (quarantine included); a transfer leaves it unchanged. */
  balance: Milli;
  /** The compartment the movement acts in; for a transfer, the one it moves the units into. */
  compartment: StockCompartment;
  /** Order number of the correction that reverses this line, if any. */
  correctedBy: number | null;
}

/** The paper-register view of one product: each movement with the balance after it. */
export function registerLines(events: readonly RegisterEvent[], openingBalance: Milli = toMilli(0)): RegisterLine[] {
  const correctedBy = new Map<number, number>();
  for (const event of events) if (event.type === 'correction') correctedBy.set(event.corrects, event.seq);
  let balance = openingBalance;
  const lines: RegisterLine[] = [];
  for (const event of events) {
    if (!isMovement(event)) continue;
    const effect = movementEffect(event);
    const { direction, quantity } = effect;
    if (direction === 'entry') balance = addMilli(balance, quantity);
    if (direction === 'exit') balance = subtractMilli(balance, quantity);
    lines.push({
      event,
      entry: direction === 'entry' ? quantity : null,
      exit: direction === 'exit' ? quantity : null,
      balance,
      compartment: effect.direction === 'transfer' ? effect.to : effect.compartment,
      correctedBy: correctedBy.get(event.seq) ?? null,
    });
  }
  return lines;
}
