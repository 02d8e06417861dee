// Where the cession and the closure stand, derived from the register alone: each step is
// done when its event is in the chain, so a wizard resumes where it was after a restart
// (or on another window) without remembering anything itself.
import { isMovement, type RegisterEvent } from '../../../shared/register/events';
import { movedAfterInventory } from '../../../shared/register/validate-cession';
import type { StockBalance } from '../../../shared/stock/movements';

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
  return events.filter((event): event is Of<T> => event.type === type).sort((a, b) => a.seq - b.seq);
}

export function cessionStep(events: readonly RegisterEvent[]): CessionStep {
  const change = ofType(events, 'holder.changed').at(-1);
  const since = change?.seq ?? 0;
  const inventory = ofType(events, 'inventory.taken').filter((candidate) => candidate.counterParty !== undefined && candidate.seq > since).at(-1);
  if (!inventory) {
    if (!change) return { step: 'inventory' };
    const handedOver = events.find((event) => event.seq === change.inventory);
    return { step: 'done', change, ...(handedOver?.type === 'inventory.taken' ? { inventory: handedOver } : {}) };
  }
  if (movedAfterInventory(events, inventory.seq)) return { step: 'inventory', stale: inventory, ...(change ? { previous: change } : {}) };
  const edition = ofType(events, 'edition.produced').find((candidate) => candidate.edition === 'transfer-inventory' && candidate.inventory === inventory.seq);
  return edition ? { step: 'hand-over', inventory, edition } : { step: 'transfer-pdf', inventory };
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

/** What the closure wizard shows done, from the register's events and its stock by product. */
export function closureProgress(events: readonly RegisterEvent[], stock: ReadonlyMap<string, StockBalance>): ClosureProgress {
  const movements = events.filter(isMovement);
  const lastMovement = movements.reduce((last, event) => Math.max(last, event.seq), 0);
  const finalInventory = ofType(events, 'inventory.taken')
    .filter((inventory) =>
      movements.every(
        (event) =>
          event.seq < inventory.seq ||
          event.type === 'quarantine.moved' ||
          event.type === 'destruction' ||
          (event.type === 'inventory.adjustment' && event.inventory === inventory.seq),
      ),
    )
    .at(-1);
  const balances = [...stock.values()];
  const closed = ofType(events, 'register.closed')[0];
  const editions = ofType(events, 'edition.produced');
  const finalEdition = editions.filter((edition) => edition.edition === 'period-journal' && edition.seq > lastMovement).at(-1);
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
