// The events a period's editions are built from, kept while a journal is read once from
// its start, so that a reader of a million events holds a month's worth, not the whole
// history. The editions (ledger.ts, month-balance.ts, dispensations.ts, the lifecycle
// papers) and the annual statement (shared/jare/annual.ts) read:
// - every event that is not a movement: the register's identity, the products, the
//   closures, the inventories and destruction dossiers, the editions recorded;
// - the movements of few kinds that the papers name whatever their date: corrections (a
//   later one marks a line of the period), thefts, destructions, inventory adjustments;
// - the movements dated within the period (of one product when asked);
// - the movements dated before the period that no closure has sealed yet: with the last
//   closure before the period they give the balances carried in (carried.ts). Once a
//   month before the period is closed, the movements dated in or before it are forgotten;
// - the movements the period's corrections reverse, named on their line: those already
//   forgotten are fetched again by the caller (`reversedMissing`).
// Movements dated after the period are never read, but through the corrections.
import { monthOf } from '../register/dates';
import { isMovement, type MovementType, type RegisterEvent } from '../register/events';
import { isWithin, type Period } from './period';
import { readByteLine, type ByteText } from '../journal/byte-line';

/** The period's ends when known before reading: a missing end is the journal's own (first or last day). */
export interface PeriodBounds {
  from?: string;
  to?: string;
}

/** Movements the papers name whatever their date, all rare: kept whole. */
const KEPT_WHATEVER_THE_DATE: ReadonlySet<MovementType> = new Set<MovementType>(['correction', 'theft', 'destruction', 'inventory.adjustment']);

export interface PeriodEvents {
  /**
   * Each event of the journal, in order, with its line when the reader has it: a movement
   * waiting for its month's closure is then held as that line, not as the parsed event.
   * `byteText`: the line is its bytes, undecoded (shared/journal/byte-line.ts).
   */
  add(event: RegisterEvent, line?: string, byteText?: ByteText): void;
  /** What was kept, in register order. */
  events(): RegisterEvent[];
}

/**
 * `forgotten` is told of each movement dated before the period that is let go: the
 * caller may need it again if a correction of the period reverses it.
 */
/** What is needed of a movement let go: its number and the hash the chain held for it. */
export interface ForgottenMovement {
  seq: number;
  hash: string;
}

/**
 * A movement waiting for its month's closure. A month of them on a busy register is some
 * ten thousand events, held long enough to outlive the young generation of the garbage
 * collector: as one flat line each, rather than a tree of objects, they cost little to
 * carry and to let go (measured: two seconds of a million-event reading).
 */
interface Pending {
  seq: number;
  hash: string;
  month: string;
  event: RegisterEvent | string;
  /** The line is its bytes: read again as it was read the first time. */
  byteText: ByteText | undefined;
}

function eventOf(pending: Pending): RegisterEvent {
  if (typeof pending.event !== 'string') return pending.event;
  if (pending.byteText === undefined) return JSON.parse(pending.event) as RegisterEvent;
  const read = readByteLine(pending.event, pending.byteText, false);
  return read.ok ? read.event : (JSON.parse(read.text) as RegisterEvent);
}

export function createPeriodEvents(bounds: PeriodBounds, productId?: string, forgotten?: (movement: ForgottenMovement) => void): PeriodEvents {
  const kept: RegisterEvent[] = [];
  // Dated before the period and after the last month closed so far: not carried yet.
  let pending: Pending[] = [];
  const firstMonth = bounds.from === undefined ? undefined : monthOf(bounds.from);
  let closedThrough = '';
  return {
    add(event, line, byteText) {
      if (!isMovement(event)) {
        kept.push(event);
        if (event.type === 'month.closed' && firstMonth !== undefined && event.month < firstMonth && event.month > closedThrough) {
          closedThrough = event.month;
          const stillPending: Pending[] = [];
          for (const movement of pending) {
            if (movement.month > closedThrough) stillPending.push(movement);
            else forgotten?.(movement);
          }
          pending = stillPending;
        }
        return;
      }
      if (KEPT_WHATEVER_THE_DATE.has(event.type)) {
        kept.push(event);
        return;
      }
      if (productId !== undefined && event.productId !== productId) return;
      if (bounds.to !== undefined && event.operationDate > bounds.to) return;
      if (bounds.from !== undefined && event.operationDate < bounds.from) {
        // A month is closed only once nothing more can be dated in it (art. R. 5132-36 du
        // code de la santé publique): such a movement cannot follow its closure in a sound
        // journal, but costs nothing to let go if it did.
        const month = monthOf(event.operationDate);
        if (month <= closedThrough) forgotten?.(event);
        else pending.push({ seq: event.seq, hash: event.hash, month, event: line ?? event, byteText: line === undefined ? undefined : byteText });
        return;
      }
      kept.push(event);
    },
    events() {
      if (pending.length === 0) return [...kept];
      return [...kept, ...pending.map(eventOf)].sort((a, b) => a.seq - b.seq);
    },
  };
}

/**
 * Order numbers of the movements that corrections dated in `period` (of `productId` when
 * given) reverse and that `events`, what a reader kept (`PeriodEvents.events`), lacks.
 */
export function reversedMissing(events: readonly RegisterEvent[], period: Period, productId?: string): number[] {
  const present = new Set<number>();
  for (const event of events) present.add(event.seq);
  const missing: number[] = [];
  for (const event of events) {
    if (event.type !== 'correction' || !isWithin(event.operationDate, period)) continue;
    if (productId !== undefined && event.productId !== productId) continue;
    if (!present.has(event.corrects)) missing.push(event.corrects);
  }
  return missing;
}
