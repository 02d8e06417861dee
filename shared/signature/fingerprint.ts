// The short fingerprint of a public key, printed on every edition and on the recovery
// sheet so that a reader can compare the key of a journal with the one on paper:
// the first 8 bytes of SHA-256 over the key's 32 bytes, in four groups of four
// hexadecimal capitals ("3FA2 9C01 B7E4 55D0").
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

export function keyFingerprint(publicKey: string): string {
  const digest = bytesToHex(sha256(hexToBytes(publicKey)))
    .slice(0, 16)
    .toUpperCase();
  return digest.match(/.{4}/g)?.join(' ') ?? digest;
}
