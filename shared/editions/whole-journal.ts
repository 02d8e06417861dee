// What the editions say of the whole journal besides the period's events: its number of
// events, its head, and its first and last operation days (the period chosen when none is
// given, the integrity report). A reader that keeps only a period's events gathers these
// as it goes (electron/files/period-gathering.ts).
import type { ChainHead } from '../register/chain-head';
import type { RegisterEvent } from '../register/events';
import type { Period } from './period';

/**
 * What the editions say of the whole journal: its number of events, its head, and its
 * first and last operation days. A caller that keeps only the events an edition needs
 * gathers these while reading.
 */
export interface WholeJournal {
  events: number;
  head: ChainHead;
  days: Period;
}

/** The whole journal's figures, from all its events. */
export function wholeJournal(events: readonly RegisterEvent[]): WholeJournal {
  const tally = createWholeJournalTally();
  for (const event of events) tally.add(event);
  return tally.whole()!;
}

/** The whole journal's figures, gathered event by event; null before the first. */
export function createWholeJournalTally(): { add(event: RegisterEvent): void; whole(): WholeJournal | null } {
  let events = 0;
  let head: ChainHead | null = null;
  let first = '';
  let last = '';
  return {
    add(event) {
      if (events === 0 || event.operationDate < first) first = event.operationDate;
      if (events === 0 || event.operationDate > last) last = event.operationDate;
      events += 1;
      head = { seq: event.seq, hash: event.hash };
    },
    whole: () => (head === null ? null : { events, head, days: { from: first, to: last } }),
  };
}
