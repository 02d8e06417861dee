// Sealing: numbering an event and chaining it to the one before.
// hash = SHA-256 over the RFC 8785 canonical JSON of the event without its hash;
// prevHash is inside, so changing any past byte breaks every later link.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { RegisterEvent } from './events';
import { canonicalJson } from './canonical-json';

/** An event before sealing; distributive, so each kind keeps its own fields. */
export type UnsealedEvent = RegisterEvent extends infer E ? (E extends RegisterEvent ? Omit<E, 'hash'> : never) : never;

export { canonicalJson };

// The domain compiles without DOM or Node types; TextEncoder (WHATWG Encoding) is in
// every runtime the register runs in: Chromium, Electron and Node.
declare const TextEncoder: new () => { encodeInto(source: string, destination: Uint8Array): { read: number; written: number } };
const encoder = new TextEncoder();
let scratch = new Uint8Array(4_096);

/**
 * The UTF-8 bytes of a text, written into one buffer reused from call to call: they are
 * valid only until the next call. Verifying a chain hashes every event once, and a fresh
 * buffer per event (TextEncoder.encode) cost as much as the canonical JSON itself.
 */
function utf8Transient(text: string): Uint8Array {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2).
  if (text.length * 3 > scratch.length) scratch = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, scratch);
  return scratch.subarray(0, written);
}

/**
 * SHA-256 of a text's UTF-8 bytes, in lowercase hexadecimal. The domain's own is written in
 * JavaScript (it runs everywhere); a caller that has a native one (node:crypto in the
 * command line, several times faster) hands it to the chain verifier (chain.ts).
 */
export type TextSha256 = (text: string) => string;

export const sha256OfText: TextSha256 = (text) => bytesToHex(sha256(utf8Transient(text)));

/** Synchronous on purpose: nothing may await inside an IndexedDB transaction. */
export function hashEvent(event: UnsealedEvent, sha256Hex: TextSha256 = sha256OfText): string {
  return sha256Hex(canonicalJson(event));
}

export function sealEvent(event: UnsealedEvent): RegisterEvent {
  return { ...event, hash: hashEvent(event) } as RegisterEvent;
}
