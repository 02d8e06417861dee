// A signing key recorded by the register itself (events-signature.ts): a public key of
// the right shape and one of the reasons the register records a key for.
import { PUBLIC_KEY_PATTERN } from '../signature/ed25519';
import { SIGNING_KEY_REASONS, type SigningKeyRecorded } from './events';
import { oneOf, refuse } from './refusal';

export function signingKey(value: unknown): string {
  if (typeof value !== 'string' || !PUBLIC_KEY_PATTERN.test(value)) refuse('signature.keyMalformed', 'publicKey');
  return value;
}

export function validateSigningKey(body: SigningKeyRecorded): SigningKeyRecorded {
  return {
    type: 'signingKey.recorded',
    publicKey: signingKey(body.publicKey),
    reason: oneOf(body.reason, SIGNING_KEY_REASONS, 'reason', 'raison de la clé'),
  };
}
