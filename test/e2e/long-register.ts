// A long register for the end-to-end tests, as the reserve journal a restore reads: opened
// on one day, one product, 10 000 received (or `received`), then dispensations of 1 until
// `events` lines.
import { serializeLine } from '../../shared/journal/line';
import { localDay } from '../../shared/register/dates';
import type { RegisterEvent } from '../../shared/register/events';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../fixtures/drafts';
import { emptyRegister, record } from '../fixtures/register';

export function longRegister(events: number, opened: Date, received = 10_000): RegisterEvent[] {
  const today = localDay(opened);
  const drafts = [
    openingDraft(),
    productDraft(),
    receiptDraft({ quantity: units(received) }),
    ...Array.from({ length: events - 3 }, (_, index) => dispensationDraft({ quantity: units(1), ordonnancierNumber: `2026-${index + 1}` })),
  ].map((draft) => on(today, draft));
  // Each decided against the state the ones before it leave, as the app decides them.
  const register = emptyRegister(today);
  for (const draft of drafts) record(register, draft, opened);
  return register.events;
}

/** The same register as the text of its journal file. */
export function longJournal(events: number, opened: Date, received?: number): string {
  return longRegister(events, opened, received).map(serializeLine).join('');
}
