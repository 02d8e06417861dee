// SHA-256 of bytes, in the lowercase hexadecimal the manifest and the journal record.
// Pure (no Node crypto): the window, the main process and the command line share it.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
