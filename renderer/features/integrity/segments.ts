// The chain check split in two, so that it runs on two threads: the window checks the
// events up to an order number, a worker (chain-check.worker.ts) the events after it,
// each reading, putting in canonical form and hashing its own half. The worker's half
// starts without knowing the hash before it, so it sends back what its first event
// needs checked against the window's half, and the first break it found after that;
// joinSegments puts the two together into the verdict the one-thread check gives, in
// the same order of checks. Pure: tests run both halves in one thread.
import { createChainVerifier, type ChainBreak } from '../../../shared/register/chain';
import { GENESIS_HASH, type RegisterEvent } from '../../../shared/register/events';
import { hashEvent } from '../../../shared/register/seal';

/** How the checking of an event, or of the events after the first, ended. */
export type Outcome = { kind: 'ok' } | { kind: 'break'; broken: ChainBreak } | { kind: 'thrown'; message: string };

/** What the worker's half found. */
export interface SegmentSummary {
  /** Events read, up to the first break or failure after the first event, if any. */
  count: number;
  /** Its first event, whose number and link only the window can check; `own`, its hash checked alone. */
  first: { seq: number; prevHash: string; hash: string; own: Outcome } | null;
  /** The events after the first, checked from it. */
  rest: Outcome;
  last: { seq: number; hash: string } | null;
}

/** The state of the one-thread check after a sound run of events. */
export interface SoundRun {
  count: number;
  last: { seq: number; hash: string } | null;
}

function thrown(error: unknown): Outcome {
  return { kind: 'thrown', message: error instanceof Error ? error.message : String(error) };
}

/** The worker's half: checks its pages from their first event on, which it cannot link. */
export async function checkSegment(pages: AsyncIterable<RegisterEvent[]>): Promise<SegmentSummary> {
  let first: SegmentSummary['first'] = null;
  let verifier: ReturnType<typeof createChainVerifier> | null = null;
  let count = 0;
  let last: SegmentSummary['last'] = null;
  for await (const page of pages) {
    for (const event of page) {
      count += 1;
      last = { seq: event.seq, hash: event.hash };
      if (!verifier) {
        const { hash, ...unsealed } = event;
        let own: Outcome;
        try {
          own = hashEvent(unsealed) === hash ? { kind: 'ok' } : { kind: 'break', broken: { kind: 'hash', seq: event.seq } };
        } catch (error) {
          own = thrown(error);
        }
        first = { seq: event.seq, prevHash: event.prevHash, hash, own };
        verifier = createChainVerifier({ seq: event.seq, hash });
        continue;
      }
      let broken: ChainBreak | null;
      try {
        broken = verifier.next(event);
      } catch (error) {
        return { count, first, rest: thrown(error), last };
      }
      if (broken) return { count, first, rest: { kind: 'break', broken }, last };
    }
  }
  return { count, first, rest: { kind: 'ok' }, last };
}

export type Joined = { ok: true; count: number; last: { seq: number; hash: string } | null } | { ok: false; broken: ChainBreak };

/**
 * The verdict of the whole, given the window's half found sound: the checks the
 * one-thread verifier makes on the worker's first event (number, link, hash), then what
 * the worker found after it. A failure to hash is raised where hashEvent would have thrown.
 */
export function joinSegments(before: SoundRun, after: SegmentSummary): Joined {
  const { first } = after;
  if (!first) return { ok: true, count: before.count, last: before.last };
  const expectedSeq = (before.last?.seq ?? 0) + 1;
  if (first.seq !== expectedSeq) return { ok: false, broken: { kind: 'gap', seq: first.seq, expectedSeq } };
  if (first.prevHash !== (before.last?.hash ?? GENESIS_HASH)) return { ok: false, broken: { kind: 'prevHash', seq: first.seq } };
  for (const outcome of [first.own, after.rest]) {
    if (outcome.kind === 'thrown') throw new Error(outcome.message);
    if (outcome.kind === 'break') return { ok: false, broken: outcome.broken };
  }
  return { ok: true, count: before.count + after.count, last: after.last };
}
