// Who holds the register at a point of its chain: the holder named at the opening, then
// each buyer named by a change of holder (cession). Editions name the holder of their
// time; past events keep the validatedBy they were sealed with.
import type { Practitioner, RegisterEvent } from './events';

/** The holder after the events up to order number `seq` (all of them when absent); null before the opening. */
export function holderAt(events: readonly RegisterEvent[], seq = Number.POSITIVE_INFINITY): Practitioner | null {
  let holder: Practitioner | null = null;
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    if (event.seq > seq) break;
    if (event.type === 'register.opened') holder = event.holder;
    if (event.type === 'holder.changed') holder = event.holder;
  }
  return holder;
}
