// Whether an event carries the signature the register expects of it, read against the
// state the events before it leave: the one check the replay makes for the command line,
// the integrity check and the package import alike. Once a register has a key, every
// closure must be signed by the key in force; a register that never had one keeps its
// closures unsigned (journals written before keys existed stay valid).
import { appError, type AppError } from '../errors';
import type { RegisterEvent } from '../register/events';
import type { RegisterState } from '../register/register-state';
import { verifyText } from './ed25519';
import { keyFingerprint } from './fingerprint';
import { signedMessage } from './signed-message';
import { isSignedType } from './signed-types';

export function signatureFault(state: RegisterState, event: RegisterEvent): AppError | null {
  const key = state.signingKey;
  if (!isSignedType(event.type) || key === undefined) return event.signature === undefined ? null : appError('signature.unexpected', 'signature');
  // After a change of holder, nothing is signed until the new holder's key is recorded.
  if (key.publicKey === null) return appError('signature.missing', 'signature');
  const fingerprint = keyFingerprint(key.publicKey);
  if (event.signature === undefined) return appError('signature.missing', 'signature', { fingerprint });
  return verifyText(key.publicKey, signedMessage(event), event.signature) ? null : appError('signature.invalid', 'signature', { fingerprint });
}
