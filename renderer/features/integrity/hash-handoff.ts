// The whole check split over two threads, the register read once (check-whole.ts): the
// thread that reads the events and replays the rules hands the canonical text of each
// event whose link holds to the other, which recomputes its hash. Each thread reading the
// whole register from IndexedDB, as before, cost the browser's storage and the two threads
// as much again as the hashing; a text crosses between threads as a copied string.
import type { ChainVerifier } from '../../../shared/register/chain';
import type { RegisterEvent } from '../../../shared/register/events';
import { canonicalJson } from '../../../shared/register/seal';
import { compactSha256OfText } from '../../../shared/register/sha256-text';
import { chainBreakError } from './chain-break';
import type { PagesFault } from './check-pages';

/**
 * From the reader to the hasher: the texts of consecutive events from order number `from`,
 * one a line (canonical JSON never holds a raw line feed), and the hashes they claim, 64
 * characters each; then the end. Two strings cross between threads as two copies of their
 * characters, where one string per event cost as much to copy as to write.
 */
export type Handoff = { from: number; texts: string; hashes: string } | { end: true };
/** From the hasher to the reader: one batch hashed; or every batch, after the end. */
export type HandoffReply = { hashed: true } | { ended: true };
/** The hasher's verdict: the first event whose hash is not that of its text. */
export type HashesVerdict = { ok: true; events: number } | PagesFault;

/**
 * Batches handed over and not yet hashed, at most: if the hasher falls behind (its core
 * taken by something else), the reader waits rather than piling up the register's texts.
 */
const AHEAD = 4;

export interface TextSender {
  /** The links checked by `links`; the text of each event whose link holds is handed over. */
  chain(links: ChainVerifier): ChainVerifier;
  /** The pages as they come: what was collected on one is handed over before the next is checked. */
  pages(source: AsyncIterable<RegisterEvent[]>): AsyncIterable<RegisterEvent[]>;
  /** Hands over what is left, says the events have ended, and waits for the hasher to be done. */
  end(): Promise<void>;
}

/** What a claimed hash is replaced by when it is not 64 characters long: no SHA-256 is written so, and the lines stay aligned. */
const NOT_A_HASH = '-'.repeat(64);

export function textSender(port: MessagePort): TextSender {
  let batch = { from: 0, texts: [] as string[], hashes: [] as string[] };
  let ahead = 0;
  let hashed: (() => void) | null = null;
  let ended: (() => void) | null = null;
  port.onmessage = ({ data }: MessageEvent<HandoffReply>) => {
    if ('ended' in data) {
      ended?.();
      return;
    }
    ahead -= 1;
    hashed?.();
    hashed = null;
  };
  const handOver = async () => {
    if (batch.texts.length === 0) return;
    while (ahead >= AHEAD) await new Promise<void>((resolve) => (hashed = resolve));
    ahead += 1;
    port.postMessage({ from: batch.from, texts: batch.texts.join('\n'), hashes: batch.hashes.join('') } satisfies Handoff);
    batch = { from: 0, texts: [], hashes: [] };
  };
  return {
    chain: (links) => ({
      next(event, line) {
        const broken = links.next(event, line);
        if (broken) return broken;
        // What the event's hash covers: the event without it, as RFC 8785 writes it (seal.ts).
        const { hash, ...unsealed } = event;
        // Events whose links hold follow each other: the first one's order number names them all.
        if (batch.texts.length === 0) batch.from = event.seq;
        batch.texts.push(canonicalJson(unsealed));
        batch.hashes.push(hash.length === 64 ? hash : NOT_A_HASH);
        return null;
      },
    }),
    async *pages(source) {
      for await (const page of source) {
        yield page;
        await handOver();
      }
    },
    async end() {
      await handOver();
      const done = new Promise<void>((resolve) => (ended = resolve));
      port.postMessage({ end: true } satisfies Handoff);
      await done;
      port.close();
    },
  };
}

/** Recomputes the hash of every text handed over on `port`, until the end; the first that differs is the verdict. */
export function hashesHandedOver(port: MessagePort): Promise<HashesVerdict> {
  return new Promise((resolve) => {
    let events = 0;
    let fault: PagesFault | null = null;
    port.onmessage = ({ data }: MessageEvent<Handoff>) => {
      if ('end' in data) {
        port.postMessage({ ended: true } satisfies HandoffReply);
        port.close();
        resolve(fault ?? { ok: true, events });
        return;
      }
      // Past the first fault nothing more is hashed: the reader is still answered, so that it goes on.
      const { from, texts, hashes } = data;
      let start = 0;
      for (let index = 0; fault === null && start <= texts.length; index += 1) {
        const end = texts.indexOf('\n', start);
        const text = texts.slice(start, end === -1 ? texts.length : end);
        if (compactSha256OfText(text) !== hashes.slice(index * 64, index * 64 + 64)) {
          fault = { ok: false, error: chainBreakError({ kind: 'hash', seq: from + index }), at: from + index };
        }
        events += 1;
        start = end === -1 ? texts.length + 1 : end + 1;
      }
      port.postMessage({ hashed: true } satisfies HandoffReply);
    };
  });
}
