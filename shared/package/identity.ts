// Whose register a journal is, as it stands at its last event: the establishment with
// its later changes of name or address, and the holder. Folded from the events, so the
// manifest says what the journal itself says.
import type { Establishment, Practitioner, RegisterEvent } from '../register/events';

export interface RegisterIdentityAtHead {
  registerId: string;
  establishment: Establishment;
  holder: Practitioner;
  /** The holder before the last change of holder: the seller after a cession; null without one. */
  previousHolder: Practitioner | null;
}

/** Null when the events do not start with the opening of a register. */
export function identityAtHead(events: readonly RegisterEvent[]): RegisterIdentityAtHead | null {
  const opening = events[0];
  if (opening?.type !== 'register.opened') return null;
  let establishment: Establishment = { ...opening.establishment };
  let holder: Practitioner = { ...opening.holder };
  let previousHolder: Practitioner | null = null;
  for (const event of events) {
    if (event.type === 'establishment.changed') establishment = { ...event.establishment, kind: establishment.kind };
    // A cession: the buyer holds the register from this event on (name and number, as a holder is named).
    if (event.type === 'holder.changed') [previousHolder, holder] = [holder, { name: event.holder.name, orderNumber: event.holder.orderNumber }];
  }
  return { registerId: opening.registerId, establishment, holder, previousHolder };
}
