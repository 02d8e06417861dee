// The register's signing key (docs/decisions/0044-clotures-signees.md). The key a new
// register is opened with is carried by its opening (`register.opened.signingKey`); this
// event records a key later: the first one of a register opened before keys existed or
// taken over from a CSV import, the new holder's after a change of holder, or a new key
// when the workstation that held the previous one is gone. Only the public key is ever
// written: the private key stays with the workstation's main process.

export const SIGNING_KEY_REASONS = ['firstKey', 'newHolder', 'newWorkstation'] as const;
export type SigningKeyReason = (typeof SIGNING_KEY_REASONS)[number];

export interface SigningKeyRecorded {
  type: 'signingKey.recorded';
  /** The Ed25519 public key, 32 bytes in lowercase hexadecimal. */
  publicKey: string;
  reason: SigningKeyReason;
}
