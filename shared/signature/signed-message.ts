// The exact bytes a closure's signature covers: a fixed label, then the RFC 8785 canonical
// JSON of the event without its `hash` and without its `signature`. That JSON holds
// `prevHash`, the head the event closes, so the signature vouches for every event before
// it, and holds the event's own fields (its order number, its instant, its figures).
// The label keeps a signature made for the register from ever being valid for anything
// else signed with the same key (docs/decisions/0044-clotures-signees.md).
import { canonicalJson } from '../register/seal';

export const SIGNED_MESSAGE_LABEL = 'registre-des-stupefiants/cloture-signee/1\n';

/** The text signed, from the event as it is sealed (with or without its hash and signature). */
export function signedMessage(event: object): string {
  const { hash: _hash, signature: _signature, ...signed } = event as Record<string, unknown>;
  return SIGNED_MESSAGE_LABEL + canonicalJson(signed);
}
