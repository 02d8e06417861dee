// Sealing: numbering an event and chaining it to the one before.
// hash = SHA-256 over the RFC 8785 canonical JSON of the event without its hash;
// prevHash is inside, so changing any past byte breaks every later link.
import canonicalize from 'canonicalize';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { RegisterEvent } from './events';

/** An event before sealing; distributive, so each kind keeps its own fields. */
export type UnsealedEvent = RegisterEvent extends infer E ? (E extends RegisterEvent ? Omit<E, 'hash'> : never) : never;

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('Valeur non sérialisable en JSON canonique');
  return text;
}

/** Synchronous on purpose: nothing may await inside an IndexedDB transaction. */
export function hashEvent(event: UnsealedEvent): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(event))));
}

export function sealEvent(event: UnsealedEvent): RegisterEvent {
  return { ...event, hash: hashEvent(event) } as RegisterEvent;
}
