// The register's signing key after a run of events, as the fold keeps it (evolve.ts),
// for a reader that holds the events and not the state (the command line's editions).
import type { RegisterEvent } from '../register/events';

/** Undefined: the register never had a key; null: it waits for the new holder's. */
export function keyInForce(events: Iterable<RegisterEvent>): string | null | undefined {
  let key: string | null | undefined;
  for (const event of events) {
    if (event.type === 'register.opened' && event.signingKey !== undefined) key = event.signingKey;
    else if (event.type === 'signingKey.recorded') key = event.publicKey;
    else if (event.type === 'holder.changed' && key !== undefined) key = null;
  }
  return key;
}
