// The chain check split in two, so that it runs on two threads: one side reads the events
// and puts each in the exact bytes its hash covers (the RFC 8785 form of the event
// without its hash, in UTF-8, as hashEvent does); the other hashes those bytes and checks
// the links, in the same order and with the same verdicts as createChainVerifier.
// Both halves are pure: the worker (chain-check.worker.ts) runs the first, the window the
// second; tests run both in one thread.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { ChainBreak } from '../../../shared/register/chain';
import { GENESIS_HASH, type RegisterEvent } from '../../../shared/register/events';
import { canonicalJson } from '../../../shared/register/seal';
import type { RegisterDatabase } from '../../db/database';
import { eventPages } from './read-pages';

/**
 * A page of events as the checker needs them: for event i, its order number, its link
 * and its stored hash as they were read, and its canonical bytes, bytes[ends[i - 1] ?? 0,
 * ends[i]). Made of arrays and two typed arrays whose buffers are transferred, not copied.
 */
export interface EncodedPage {
  seqs: number[];
  prevHashes: string[];
  hashes: string[];
  bytes: Uint8Array;
  ends: Uint32Array;
  /**
   * The last event of the page could not be put in canonical form: why. Its bytes are
   * empty and the reading stopped there. The checker raises it where hashEvent would
   * have thrown, that is after the order number and the link of that event were checked.
   */
  failure?: string;
}

// TextEncoder is in every runtime the window and its workers run in.
const encoder = new TextEncoder();

/** Encodes a page; `capacity` is a first guess of its size in bytes (the previous page's). */
export function encodePage(events: readonly RegisterEvent[], capacity = 1 << 20): EncodedPage {
  const count = events.length;
  const seqs = new Array<number>(count);
  const prevHashes = new Array<string>(count);
  const hashes = new Array<string>(count);
  const ends = new Uint32Array(count);
  let bytes = new Uint8Array(Math.max(capacity, 1_024));
  let written = 0;
  for (let index = 0; index < count; index += 1) {
    const event = events[index] as RegisterEvent;
    seqs[index] = event.seq;
    prevHashes[index] = event.prevHash;
    hashes[index] = event.hash;
    let text: string;
    try {
      // Exactly what createChainVerifier hashes: the event read, without its hash.
      const { hash: _hash, ...unsealed } = event;
      text = canonicalJson(unsealed);
    } catch (error) {
      ends[index] = written;
      const length = index + 1;
      return {
        seqs: seqs.slice(0, length),
        prevHashes: prevHashes.slice(0, length),
        hashes: hashes.slice(0, length),
        bytes: bytes.slice(0, written),
        ends: ends.slice(0, length),
        failure: error instanceof Error ? error.message : String(error),
      };
    }
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (written + text.length * 3 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, written + text.length * 3));
      grown.set(bytes.subarray(0, written));
      bytes = grown;
    }
    written += encoder.encodeInto(text, bytes.subarray(written)).written;
    ends[index] = written;
  }
  return { seqs, prevHashes, hashes, bytes: bytes.subarray(0, written), ends };
}

/** The worker's half: every event of the database, in order, as encoded pages. */
export async function* encodedPages(db: RegisterDatabase): AsyncGenerator<EncodedPage, void, undefined> {
  let capacity = 1 << 20;
  for await (const events of eventPages(db)) {
    const page = encodePage(events, capacity);
    capacity = Math.ceil(page.bytes.length * 1.25);
    yield page;
    if (page.failure !== undefined) return;
  }
}

export interface PageChecker {
  /** Checks the next page; returns the first break it reveals, if any. */
  check(page: EncodedPage): ChainBreak | null;
}

/** The window's half: createChainVerifier's checks, in its order, over encoded pages. */
export function createPageChecker(after?: { seq: number; hash: string }): PageChecker {
  let expectedSeq = (after?.seq ?? 0) + 1;
  let previousHash = after?.hash ?? GENESIS_HASH;
  return {
    check({ seqs, prevHashes, hashes, bytes, ends, failure }) {
      let start = 0;
      for (let index = 0; index < seqs.length; index += 1) {
        const seq = seqs[index] as number;
        const hash = hashes[index] as string;
        const end = ends[index] as number;
        if (seq !== expectedSeq) return { kind: 'gap', seq, expectedSeq };
        if (prevHashes[index] !== previousHash) return { kind: 'prevHash', seq };
        if (failure !== undefined && index === seqs.length - 1) throw new Error(failure);
        if (bytesToHex(sha256(bytes.subarray(start, end))) !== hash) return { kind: 'hash', seq };
        expectedSeq += 1;
        previousHash = hash;
        start = end;
      }
      return null;
    },
  };
}
