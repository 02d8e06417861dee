// Where the cession and the closure stand, read from the register: each step is done
// when its event is in the chain, so a wizard resumes where it was after a restart (or
// on another window) without remembering anything itself. The register's state
// (shared/register/register-state.ts) already says which inventories exist and whether
// stock moved after each; the few events a step names (the change of holder, an
// edition, the closure) are read by type, and what the state does not keep (whether
// only quarantine moves and destructions followed an inventory) is read from the
// events after it, stopping at the first that answers. Never the whole register.
import { isMovement, type RegisterEvent } from '../../../shared/register/events';
import type { RegisterStore } from '../../db/register-store';

type Of<T extends RegisterEvent['type']> = Extract<RegisterEvent, { type: T }>;
export type InventoryEvent = Of<'inventory.taken'>;
export type EditionEvent = Of<'edition.produced'>;

export type CessionStep =
  /** Steps 1 and 2: the cut-off and the buyer, then the contradictory inventory; `stale` when stock moved after the last one. */
  | { step: 'inventory'; stale?: InventoryEvent; previous?: Of<'holder.changed'> }
  /** Step 3: the contradictory inventory is recorded; its transfer PDF is to be produced. */
  | { step: 'transfer-pdf'; inventory: InventoryEvent }
  /** Step 4: the PDF is archived; the change of holder is to be recorded. */
  | { step: 'hand-over'; inventory: InventoryEvent; edition: EditionEvent }
  /** The register has changed hands. */
  | { step: 'done'; change: Of<'holder.changed'>; inventory?: InventoryEvent };

function ofType<T extends RegisterEvent['type']>(events: readonly RegisterEvent[], type: T): Of<T>[] {
  return events.filter((event): event is Of<T> => event.type === type);
}

export async function readCessionStep(store: RegisterStore): Promise<CessionStep> {
  // Every read started at once: a live query observes the reads started while it runs.
  const [state, changes, editions] = await Promise.all([store.state(), store.eventsOfTypes(['holder.changed']), store.eventsOfTypes(['edition.produced'])]);
  const change = ofType(changes, 'holder.changed').at(-1);
  const since = change?.seq ?? 0;
  // The state keeps the inventories in the order they were taken.
  const inventory = [...state.inventories.values()].filter((facts) => facts.event.counterParty !== undefined && facts.event.seq > since).at(-1);
  if (!inventory) {
    if (!change) return { step: 'inventory' };
    const handedOver = state.inventories.get(change.inventory)?.event;
    return { step: 'done', change, ...(handedOver ? { inventory: handedOver } : {}) };
  }
  if (inventory.movedSince) return { step: 'inventory', stale: inventory.event, ...(change ? { previous: change } : {}) };
  const edition = ofType(editions, 'edition.produced').find(
    (candidate) => candidate.edition === 'transfer-inventory' && candidate.inventory === inventory.event.seq,
  );
  return edition ? { step: 'hand-over', inventory: inventory.event, edition } : { step: 'transfer-pdf', inventory: inventory.event };
}

export interface ClosureProgress {
  /** The last inventory after which only its écarts, moves to quarantine and destructions were recorded. */
  finalInventory?: InventoryEvent;
  /** Products that still hold dispensable stock, and any stock at all. */
  dispensableLeft: boolean;
  stockLeft: boolean;
  /** A journal of every product produced after the last movement. */
  finalEdition?: EditionEvent;
  closed?: Of<'register.closed'>;
  /** The transmittal slip, produced after the closure. */
  transmittal?: EditionEvent;
}

/** What the closure wizard shows done. */
export async function readClosureProgress(store: RegisterStore): Promise<ClosureProgress> {
  const [state, stock, editionEvents, closed] = await Promise.all([store.state(), store.stock(), store.eventsOfTypes(['edition.produced']), store.closure()]);
  const editions = ofType(editionEvents, 'edition.produced');
  const balances = [...stock.values()];
  const [finalInventory, finalEdition] = await Promise.all([
    lastInventoryFollowedByRemovalsOnly(
      store,
      [...state.inventories.values()].map((facts) => facts.event),
    ),
    lastJournalAfterEveryMovement(store, editions),
  ]);
  const transmittal = closed ? editions.filter((edition) => edition.edition === 'transmittal' && edition.seq > closed.seq).at(-1) : undefined;
  return {
    ...(finalInventory ? { finalInventory } : {}),
    dispensableLeft: balances.some((balance) => balance.total - balance.quarantine > 0),
    stockLeft: balances.some((balance) => balance.total !== 0),
    ...(finalEdition ? { finalEdition } : {}),
    ...(closed ? { closed } : {}),
    ...(transmittal ? { transmittal } : {}),
  };
}

const PAGE = 500;

/** The first event after `after` that `stops` accepts, read page by page until one does. */
async function firstAfter(store: RegisterStore, after: number, stops: (event: RegisterEvent) => boolean): Promise<RegisterEvent | undefined> {
  for (let cursor = after; ;) {
    const page = await store.eventsAfter(cursor, PAGE);
    const found = page.find(stops);
    if (found || page.length < PAGE) return found;
    cursor = page.at(-1)?.seq ?? cursor;
  }
}

/** A movement that ends an inventory's claim to be the final one: anything but its écarts, a move to quarantine, a destruction. */
function breaksInventory(event: RegisterEvent, inventory: number): boolean {
  return (
    isMovement(event) &&
    event.type !== 'quarantine.moved' &&
    event.type !== 'destruction' &&
    !(event.type === 'inventory.adjustment' && event.inventory === inventory)
  );
}

async function lastInventoryFollowedByRemovalsOnly(store: RegisterStore, inventories: readonly InventoryEvent[]): Promise<InventoryEvent | undefined> {
  // The latest first. A movement that breaks a later inventory follows every earlier one
  // too, and breaks it as well unless it is that earlier inventory's own écart: only then
  // is the earlier one read again.
  let breaking: RegisterEvent | undefined;
  for (const inventory of [...inventories].reverse()) {
    if (breaking && breaksInventory(breaking, inventory.seq)) continue;
    breaking = await firstAfter(store, inventory.seq, (event) => breaksInventory(event, inventory.seq));
    if (!breaking) return inventory;
  }
  return undefined;
}

async function lastJournalAfterEveryMovement(store: RegisterStore, editions: readonly EditionEvent[]): Promise<EditionEvent | undefined> {
  // A movement after the latest journal follows every earlier one too.
  const latest = editions.filter((edition) => edition.edition === 'period-journal').at(-1);
  if (!latest) return undefined;
  return (await firstAfter(store, latest.seq, isMovement)) ? undefined : latest;
}
