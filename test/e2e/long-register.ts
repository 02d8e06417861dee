// A long register for the end-to-end tests, as the reserve journal a restore reads: opened
// on one day, one product, 10 000 received (or `received`), then dispensations of 1 until
// `events` lines.
import { serializeLine } from '../../shared/journal/line';
import type { ChainHead } from '../../shared/register/chain-head';
import { localDay } from '../../shared/register/dates';
import type { RegisterEvent } from '../../shared/register/events';
import { prepareEvent } from '../../shared/register/prepare';
import type { DraftContext } from '../../shared/register/validate';
import { dispensationDraft, emptyContext, on, openedContext, openingDraft, productDraft, receiptDraft, stock, units } from '../fixtures/drafts';
import { accepted } from '../fixtures/result';

export function longRegister(events: number, opened: Date, received = 10_000): RegisterEvent[] {
  const today = localDay(opened);
  const drafts = [
    openingDraft(),
    productDraft(),
    receiptDraft({ quantity: units(received) }),
    ...Array.from({ length: events - 3 }, (_, index) => dispensationDraft({ quantity: units(1), ordonnancierNumber: `2026-${index + 1}` })),
  ].map((draft) => on(today, draft));
  const sealed: RegisterEvent[] = [];
  let head: ChainHead | null = null;
  for (const draft of drafts) {
    const context: DraftContext = head
      ? openedContext({ today, register: { kind: 'officine', openedOn: today }, stock: stock(received) })
      : emptyContext({ today });
    const event: RegisterEvent = accepted(prepareEvent(draft, context, { head, recordedAt: opened }));
    sealed.push(event);
    head = { seq: event.seq, hash: event.hash };
  }
  return sealed;
}

/** The same register as the text of its journal file. */
export function longJournal(events: number, opened: Date, received?: number): string {
  return longRegister(events, opened, received).map(serializeLine).join('');
}
