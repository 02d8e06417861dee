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

/** A change of holder (a cession), read by its shape so that this fold needs no change when the event is added. */
function newHolder(event: RegisterEvent): Practitioner | null {
  const candidate = event as unknown as { type: string; holder?: Practitioner };
  return candidate.type === 'holder.changed' && typeof candidate.holder?.name === 'string' && typeof candidate.holder.orderNumber === 'string'
    ? { name: candidate.holder.name, orderNumber: candidate.holder.orderNumber }
    : null;
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
    const changed = newHolder(event);
    if (changed) [previousHolder, holder] = [holder, changed];
  }
  return { registerId: opening.registerId, establishment, holder, previousHolder };
}
