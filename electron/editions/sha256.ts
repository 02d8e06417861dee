// The SHA-256 of an edition's bytes, in the lowercase hexadecimal the journal records.
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
