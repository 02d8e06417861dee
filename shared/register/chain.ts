// Re-checks a sequence of events link by link and names the first broken one.
import { GENESIS_HASH, type RegisterEvent } from './events';
import { hashEvent, sha256OfText, type TextSha256, type UnsealedEvent } from './seal';
import type { ChainHead } from './chain-head';

export type ChainBreak = { kind: 'gap'; seq: number; expectedSeq: number } | { kind: 'prevHash'; seq: number } | { kind: 'hash'; seq: number };

export interface ChainVerifier {
  /** Feeds the next event; returns the break it reveals, if any. */
  next(event: RegisterEvent): ChainBreak | null;
}

/**
 * Streaming verifier: a million-event journal is checked without holding it in memory.
 * Starts at the genesis, or after a head already known to be sound (to check a continuation).
 * `hashes: false` checks the links only, for a caller that recomputes the hashes itself
 * (the journal reader, from the bytes it read) or has them recomputed elsewhere.
 * `sha256`: the hash of the canonical text, the domain's own unless the caller has a faster
 * one; the canonical text hashed, and so the verdict, are the same whichever computes it.
 */
export function createChainVerifier(
  after?: ChainHead,
  { hashes = true, sha256 = sha256OfText }: { hashes?: boolean; sha256?: TextSha256 } = {},
): ChainVerifier {
  let expectedSeq = (after?.seq ?? 0) + 1;
  let previousHash = after?.hash ?? GENESIS_HASH;
  return {
    next(event) {
      if (event.seq !== expectedSeq) return { kind: 'gap', seq: event.seq, expectedSeq };
      if (event.prevHash !== previousHash) return { kind: 'prevHash', seq: event.seq };
      if (hashes) {
        if (hashEvent(withoutHash(event), sha256) !== event.hash) return { kind: 'hash', seq: event.seq };
      }
      expectedSeq += 1;
      previousHash = event.hash;
      return null;
    },
  };
}

function withoutHash(event: RegisterEvent): UnsealedEvent {
  const { hash: _hash, ...unsealed } = event;
  return unsealed;
}

export function verifyChain(events: Iterable<RegisterEvent>): ChainBreak | null {
  const verifier = createChainVerifier();
  for (const event of events) {
    const broken = verifier.next(event);
    if (broken) return broken;
  }
  return null;
}
