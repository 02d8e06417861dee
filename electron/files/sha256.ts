// The SHA-256 of a file's bytes, in the lowercase hexadecimal the journal and the
// manifests record. Node's native hash: the main process and the command line hash
// editions and packages of many megabytes (shared/package/digest.ts gives the same
// answer where Node is absent).
import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The SHA-256 of a text's UTF-8 bytes, for the chain verifier (shared/register/chain.ts):
 * the same hex as the domain's own, several times faster on a million lines.
 */
export const sha256OfTextNative: (text: string) => string =
  // Node's one-shot hash (from 20.12) makes no Hash object per line: a tenth of a line's hashing.
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => createHash('sha256').update(text, 'utf8').digest('hex');
