// The SHA-256 of a file's bytes, in the lowercase hexadecimal the journal and the
// manifests record. Node's native hash: the main process and the command line hash
// editions and packages of many megabytes (shared/package/digest.ts gives the same
// answer where Node is absent).
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The SHA-256 of a text's UTF-8 bytes, for the chain verifier (shared/register/chain.ts):
 * the same hex as the domain's own, several times faster on a million lines.
 */
export function sha256OfTextNative(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
