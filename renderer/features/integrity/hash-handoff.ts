// The whole check split over two threads, the register read once (check-whole.ts): the
// thread that reads the events and replays the rules hands each event whose link holds to
// the other, which writes its canonical text and recomputes its hash. Each thread reading
// the whole register from IndexedDB, as before, cost the browser's storage and the two
// threads as much again as the hashing; an event copied to the other thread costs less
// than its canonical text written on the reader's, which the rules keep busy.
import type { ChainVerifier } from '../../../shared/register/chain';
import type { RegisterEvent } from '../../../shared/register/events';
import { canonicalJson } from '../../../shared/register/seal';
import { compactSha256OfText } from '../../../shared/register/sha256-text';
import { chainBreakError } from './chain-break';
import type { PagesFault } from './check-pages';

/** From the reader to the hasher: the events of a page whose links hold, as read; then the end. */
export type Handoff = { events: RegisterEvent[] } | { end: true };
/** From the hasher to the reader: one batch hashed; or every batch, after the end. */
export type HandoffReply = { hashed: true } | { ended: true };
/** The hasher's verdict: the first event whose hash is not that of its text. */
export type HashesVerdict = { ok: true; events: number } | PagesFault;

/**
 * Batches handed over and not yet hashed, at most: if the hasher falls behind (its core
 * taken by something else), the reader waits rather than piling up the register's events.
 */
const AHEAD = 4;

export interface EventSender {
  /** The links checked by `links`; each event whose link holds is handed over. */
  chain(links: ChainVerifier): ChainVerifier;
  /** The pages as they come: what was collected on one is handed over before the next is checked. */
  pages(source: AsyncIterable<RegisterEvent[]>): AsyncIterable<RegisterEvent[]>;
  /** Hands over what is left, says the events have ended, and waits for the hasher to be done. */
  end(): Promise<void>;
}

export function eventSender(port: MessagePort): EventSender {
  let batch: RegisterEvent[] = [];
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
    if (batch.length === 0) return;
    while (ahead >= AHEAD) await new Promise<void>((resolve) => (hashed = resolve));
    ahead += 1;
    port.postMessage({ events: batch } satisfies Handoff);
    batch = [];
  };
  return {
    chain: (links) => ({
      next(event) {
        const broken = links.next(event);
        if (broken) return broken;
        batch.push(event);
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

/** Recomputes the hash of every event handed over on `port`, until the end; the first that differs is the verdict. */
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
      for (let index = 0; fault === null && index < data.events.length; index += 1) {
        // What the event's hash covers: the event without it, as RFC 8785 writes it (seal.ts).
        const { hash, ...unsealed } = data.events[index]!;
        if (compactSha256OfText(canonicalJson(unsealed)) !== hash)
          fault = { ok: false, error: chainBreakError({ kind: 'hash', seq: unsealed.seq }), at: unsealed.seq };
      }
      events += data.events.length;
      port.postMessage({ hashed: true } satisfies HandoffReply);
    };
  });
}
