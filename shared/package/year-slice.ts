// The part of the journal a yearly archive holds. A slice must be a run of consecutive
// order numbers, so that its chain can be checked from the head before it; operation
// dates are not quite in order (an operation may be recorded a few days later), so a
// year's slice runs from the event after the previous year's slice to the last event
// dated in the year. Each event is in exactly one year's slice; a few events dated early
// the next year, recorded before the year's last one, travel with it.
import type { RegisterEvent } from '../register/events';
import type { ChainHead } from '../register/chain-head';

export interface YearSlice {
  year: number;
  /** The event just before the slice; null when the slice starts at n° 1. */
  after: ChainHead | null;
  events: RegisterEvent[];
}

function lastDatedUpTo(events: readonly RegisterEvent[], year: number): number {
  let last = -1;
  events.forEach((event, index) => {
    if (Number(event.operationDate.slice(0, 4)) <= year) last = index;
  });
  return last;
}

/** Null when no event is dated in the year. `events` is the whole journal from n° 1. */
export function yearSlice(events: readonly RegisterEvent[], year: number): YearSlice | null {
  const start = lastDatedUpTo(events, year - 1) + 1;
  const end = lastDatedUpTo(events, year);
  if (end < start) return null;
  const before = events[start - 1];
  return { year, after: before ? { seq: before.seq, hash: before.hash } : null, events: events.slice(start, end + 1) };
}

/** The years the register has events dated in, oldest first. */
export function yearsOf(events: readonly RegisterEvent[]): number[] {
  return [...new Set(events.map((event) => Number(event.operationDate.slice(0, 4))))].sort((a, b) => a - b);
}
