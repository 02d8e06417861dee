// Ed25519 (RFC 8032) through @noble/curves: keys and signatures travel as lowercase hex,
// the public key 32 bytes (64 characters), a signature 64 bytes (128 characters).
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

export const PUBLIC_KEY_PATTERN = /^[0-9a-f]{64}$/;
export const SIGNATURE_PATTERN = /^[0-9a-f]{128}$/;

export interface KeyPair {
  publicKey: string;
  secretKey: Uint8Array;
}

export function generateKeyPair(): KeyPair {
  const secretKey = ed25519.utils.randomSecretKey();
  return { publicKey: bytesToHex(ed25519.getPublicKey(secretKey)), secretKey };
}

export function publicKeyOf(secretKey: Uint8Array): string {
  return bytesToHex(ed25519.getPublicKey(secretKey));
}

export function signText(secretKey: Uint8Array, message: string): string {
  return bytesToHex(ed25519.sign(utf8ToBytes(message), secretKey));
}

/** False for anything that is not a genuine signature of this text by this key, malformed input included. */
export function verifyText(publicKey: string, message: string, signature: string): boolean {
  if (!PUBLIC_KEY_PATTERN.test(publicKey) || !SIGNATURE_PATTERN.test(signature)) return false;
  try {
    return ed25519.verify(hexToBytes(signature), utf8ToBytes(message), hexToBytes(publicKey));
  } catch {
    // A public key that is not a point of the curve: no signature can be valid for it.
    return false;
  }
}
