// The signing channels seen from the window: it asks for a register's new key, whether
// this workstation holds a key, and the signature of a closure; the private keys stay in
// signing-keys.ts. Only the text of a closure is signed (shared/signature/), so that the
// key cannot be made to vouch for anything else the window would send.
import type { MainHandlers } from '../../shared/ipc/contract';
import { appError } from '../../shared/errors';
import { err, ok } from '../../shared/result';
import { SIGNED_MESSAGE_LABEL } from '../../shared/signature/signed-message';
import { isSignedType } from '../../shared/signature/signed-types';
import type { SigningKeys } from './signing-keys';

export type SigningHandlers = Pick<MainHandlers, 'signing:newKey' | 'signing:holds' | 'signing:sign'>;

export function createSigningHandlers(keys: SigningKeys): SigningHandlers {
  return {
    'signing:newKey': async ({ registerId }) => {
      const created = await keys.create(registerId);
      return created.ok ? ok({ publicKey: created.value }) : created;
    },
    'signing:holds': async ({ publicKey }) => ok({ held: await keys.holds(publicKey) }),
    'signing:sign': async ({ publicKey, message }) => {
      if (!isClosureText(message)) return err(appError('signature.notAClosure'));
      const signed = await keys.sign(publicKey, message);
      return signed.ok ? ok({ signature: signed.value }) : signed;
    },
  };
}

/** The label, then the canonical JSON of an event whose type is one of the closures. */
function isClosureText(message: string): boolean {
  if (!message.startsWith(SIGNED_MESSAGE_LABEL)) return false;
  try {
    const event: unknown = JSON.parse(message.slice(SIGNED_MESSAGE_LABEL.length));
    return typeof event === 'object' && event !== null && 'type' in event && typeof event.type === 'string' && isSignedType(event.type);
  } catch {
    return false;
  }
}
