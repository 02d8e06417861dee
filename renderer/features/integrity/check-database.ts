// Re-checks the whole chain held in IndexedDB, page by page, so that an entry altered
// behind the application's back (through the raw IndexedDB API, say) is found and named.
// Where the engine has workers, on two threads: the window checks the first half of the
// register while a worker checks the second (segments.ts); without workers (or if the
// worker cannot start), in the window alone. The verdicts are the same either way.
import { appError, type AppError } from '../../../shared/errors';
import { createChainVerifier, type ChainBreak } from '../../../shared/register/chain';
import type { ChainHead } from '../../../shared/register/prepare';
import { missingCaseError } from '../../../shared/result';
import type { RegisterStore } from '../../db/register-store';
import type { ChainCheckAnswer, ChainCheckRequest } from './chain-check.worker';
import { eventPages, PAGE, type SeqRange } from './read-pages';
import { joinSegments, type SegmentSummary } from './segments';

export { eventPages } from './read-pages';

export type DatabaseVerdict = { ok: true; events: number; head: ChainHead | null } | { ok: false; error: AppError };

/** Checks the events after an order number, elsewhere: a worker, or the tests' stand-in. */
export type SegmentChecker = (after: number, cancel: AbortSignal) => Promise<SegmentSummary>;

export interface CheckOptions {
  /** Checks in the window alone, even where workers exist (to compare the two). */
  inWindow?: boolean;
  /** Told where the check actually ran. */
  ranIn?: (where: 'worker' | 'window') => void;
}

export function chainBreakError(broken: ChainBreak): AppError {
  switch (broken.kind) {
    case 'gap':
      return appError('integrity.gap', undefined, { seq: String(broken.seq), expected: String(broken.expectedSeq) });
    case 'prevHash':
      return appError('integrity.prevHash', undefined, { seq: String(broken.seq) });
    case 'hash':
      return appError('integrity.hash', undefined, { seq: String(broken.seq) });
    default:
      throw missingCaseError(broken);
  }
}

export async function checkDatabaseChain(store: RegisterStore, options: CheckOptions = {}): Promise<DatabaseVerdict> {
  if (!options.inWindow && typeof Worker !== 'undefined') {
    // Halves of equal work when the register is sound (order numbers 1 to count); a
    // register of a couple of pages is not worth a worker.
    const split = Math.floor((await store.eventCount()) / 2);
    if (split >= PAGE) {
      try {
        const verdict = await checkInTwo(store, split, workerSegment(store.name));
        options.ranIn?.('worker');
        return verdict;
      } catch (error) {
        // The worker could not start or died: the whole check again, in the window.
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
  }
  options.ranIn?.('window');
  return checkInWindow(store);
}

/** The check on one thread: read a page, then hash and check its events one by one. */
export async function checkInWindow(store: RegisterStore, range: SeqRange = {}): Promise<DatabaseVerdict> {
  const verifier = createChainVerifier();
  let head: ChainHead | null = null;
  let count = 0;
  for await (const page of eventPages(store, range)) {
    for (const event of page) {
      const broken = verifier.next(event);
      if (broken) return { ok: false, error: chainBreakError(broken) };
    }
    count += page.length;
    const last = page.at(-1);
    if (last) head = { seq: last.seq, hash: last.hash };
  }
  return { ok: true, events: count, head };
}

/**
 * The check on two threads: the window checks the events up to `split` while `elsewhere`
 * checks those after it; a break in the window's half comes first, as in the one-thread
 * check, and the other half is then not waited for.
 */
export async function checkInTwo(store: RegisterStore, split: number, elsewhere: SegmentChecker, pageSize?: number): Promise<DatabaseVerdict> {
  const cancel = new AbortController();
  const after = elsewhere(split, cancel.signal);
  // Not awaited when the window's half breaks: its failure must not go unhandled then.
  after.catch(() => undefined);
  let sound = false;
  try {
    const before = await checkInWindow(store, { upTo: split, ...(pageSize === undefined ? {} : { pageSize }) });
    if (!before.ok) return before;
    sound = true;
    const joined = joinSegments({ count: before.events, last: before.head }, await after);
    return joined.ok ? { ok: true, events: joined.count, head: joined.last } : { ok: false, error: chainBreakError(joined.broken) };
  } finally {
    // A break or a failure in the window's half: the other half is not needed.
    if (!sound) cancel.abort();
  }
}

class WorkerUnavailable extends Error {}

/** A chain-check worker per check, ended as soon as its answer is in (or not needed). */
function workerSegment(database: string): SegmentChecker {
  return (after, cancel) =>
    new Promise<SegmentSummary>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(new URL('./chain-check.worker.ts', import.meta.url), { type: 'module', name: 'chain-check' });
      } catch {
        reject(new WorkerUnavailable());
        return;
      }
      worker.onmessage = ({ data }: MessageEvent<ChainCheckAnswer>) => {
        worker.terminate();
        if (data.ok) resolve(data.summary);
        else reject(new Error(data.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        reject(new WorkerUnavailable());
      };
      cancel.addEventListener('abort', () => {
        worker.terminate();
        reject(new WorkerUnavailable());
      });
      worker.postMessage({ database, after } satisfies ChainCheckRequest);
    });
}
