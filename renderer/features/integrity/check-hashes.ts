// The hashes half of a whole check split over two threads (check-whole.ts), with the
// engine's own SHA-256 (WebCrypto) rather than the domain's, written in JavaScript: the
// engine hashes natively, on threads of its own, a page of events at a time, while this
// thread writes the canonical text of the next page and the next page is being read
// (read-pages.ts). Reading, writing the text and hashing overlap instead of taking turns.
// The text hashed, and so the verdict, are those of the chain verifier (shared/register/chain.ts):
// each event's link before its hash, event after event, and the first break named.
import { createChainVerifier } from '../../../shared/register/chain';
import type { RegisterEvent } from '../../../shared/register/events';
import { canonicalJson } from '../../../shared/register/seal';
import type { RegisterStore } from '../../db/register-store';
import { chainBreakError } from './chain-break';
import type { PagesFault } from './check-pages';
import { eventPages, type SeqRange } from './read-pages';

/** SHA-256 of some bytes, as WebCrypto answers it. */
export type Digest = (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

/** The engine's SHA-256, where it has one (a secure context: the window and its workers). */
export function webCryptoDigest(): Digest | null {
  const subtle = globalThis.crypto?.subtle;
  return subtle ? (bytes) => subtle.digest('SHA-256', bytes) : null;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex(digest: ArrayBuffer): string {
  const bytes = new Uint8Array(digest);
  let text = '';
  for (const byte of bytes) text += HEX[byte];
  return text;
}

export async function checkHashesNatively(
  store: RegisterStore,
  digest: Digest,
  range: Pick<SeqRange, 'pageSize'> = {},
): Promise<{ ok: true; events: number } | PagesFault> {
  const links = createChainVerifier(undefined, { hashes: false });
  const encoder = new TextEncoder();
  /** The events of a page, their links checked in order and their hashes compared, once its digests are in. */
  const verdictOf = (page: readonly RegisterEvent[], digests: readonly ArrayBuffer[]): PagesFault | null => {
    for (const [index, event] of page.entries()) {
      const broken = links.next(event) ?? (hex(digests[index] as ArrayBuffer) === event.hash ? null : { kind: 'hash' as const, seq: event.seq });
      if (broken) return { ok: false, error: chainBreakError(broken), at: broken.seq };
    }
    return null;
  };
  let events = 0;
  let previous: Promise<PagesFault | null> | null = null;
  for await (const page of eventPages(store, range)) {
    const digests = Promise.all(page.map(({ hash: _hash, ...unsealed }) => digest(encoder.encode(canonicalJson(unsealed)))));
    // The page before is judged once this one's hashing has started: the engine works on both.
    if (previous) {
      const fault = await previous;
      if (fault) {
        digests.catch(() => undefined);
        return fault;
      }
    }
    previous = digests.then((hashed) => verdictOf(page, hashed));
    events += page.length;
  }
  const fault = previous ? await previous : null;
  return fault ?? { ok: true, events };
}
