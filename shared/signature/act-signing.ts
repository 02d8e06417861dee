// What the one write door (shared/register/act.ts) asks of the workstation to sign: the
// private key never comes into the window, so the storage answers from what the main
// process already gave it, synchronously (nothing foreign may be awaited inside an
// IndexedDB transaction), and throws to be given what it lacks: the caller then asks the
// main process, outside the transaction, and runs the act again from the start.
import { appError, type AppError } from '../errors';
import type { Draft, ValidDraft } from '../register/validate';
import type { RegisterEvent, SigningKeyReason } from '../register/events';
import type { RegisterState } from '../register/register-state';
import { sealEvent } from '../register/seal';
import { sealValid, unsealedFrom, type Sealing } from '../register/prepare';
import { err, ok, type Result } from '../result';
import { verifyText } from './ed25519';
import { keyFingerprint } from './fingerprint';
import { signedMessage } from './signed-message';
import { isSignedType } from './signed-types';

export interface ActSigning {
  /** Whether this workstation's main process holds the private key of this public key. */
  holds(publicKey: string): boolean;
  /** A key pair the main process made for this register, by its public key. */
  freshKey(registerId: string): string;
  /** The signature of `message` (signed-message.ts) by the private key of `publicKey`. */
  sign(publicKey: string, message: string): string;
}

/** A new register is opened with its key, given by the workstation that opens it. */
export function withOpeningKey(valid: ValidDraft, signing: ActSigning | undefined): ValidDraft {
  if (!signing || valid.body.type !== 'register.opened' || valid.body.signingKey !== undefined) return valid;
  return { ...valid, body: { ...valid.body, signingKey: signing.freshKey(valid.body.registerId) } };
}

/**
 * The key to record before a closure, when the register has none this workstation can
 * sign with: its first one, the new holder's after a change of holder, or a new one when
 * the workstation that held the previous key is gone. Null when none is needed.
 */
export function keyBefore(state: RegisterState, draft: Draft, signing: ActSigning | undefined): Draft | null {
  const registerId = state.opening?.registerId;
  if (!signing || !registerId || !isSignedType(draft.body.type)) return null;
  const key = state.signingKey;
  if (key?.publicKey && signing.holds(key.publicKey)) return null;
  const reason: SigningKeyReason = key === undefined ? 'firstKey' : key.publicKey === null ? 'newHolder' : 'newWorkstation';
  return {
    operationDate: draft.operationDate,
    ...(draft.validatedBy === undefined ? {} : { validatedBy: draft.validatedBy }),
    body: { type: 'signingKey.recorded', publicKey: signing.freshKey(registerId), reason },
  };
}

/** Seals a decided draft, signed by the key in force when it is a closure of a register that has one. */
export function sealSigned(valid: ValidDraft, state: RegisterState, sealing: Sealing, signing: ActSigning | undefined): Result<RegisterEvent, AppError> {
  const key = state.signingKey;
  if (!isSignedType(valid.body.type) || key === undefined) return ok(sealValid(valid, sealing));
  if (!signing || key.publicKey === null) return err(appError('signature.unavailable'));
  const unsigned = unsealedFrom(valid, sealing, true);
  const message = signedMessage(unsigned);
  const signature = signing.sign(key.publicKey, message);
  // What comes back from another process is checked as the replay will check it.
  if (!verifyText(key.publicKey, message, signature)) return err(appError('signature.invalid', 'signature', { fingerprint: keyFingerprint(key.publicKey) }));
  return ok(sealEvent({ ...unsigned, signature }));
}
