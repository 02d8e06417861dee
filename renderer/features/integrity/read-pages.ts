// Reading the chain out of the store page by page: shared by the check at start, in the
// window, and the whole check's worker, which opens the same store on its own thread.
import type { RegisterEvent } from '../../../shared/register/events';
import type { RegisterStore } from '../../db/register-store';

export const PAGE = 2_000;

/**
 * Every event, in order, page by page. The next page is already being read (IndexedDB
 * works in the browser's storage process) while the caller checks this one, so the
 * check goes at the pace of the hashing rather than of reading and hashing in turn.
 */
export async function* eventPages(store: RegisterStore, range: SeqRange = {}): AsyncGenerator<RegisterEvent[], void, undefined> {
  for (let next = readPage(store, range.after ?? 0, range.upTo, range.pageSize); ;) {
    const page = await next;
    const last = page.at(-1);
    const more = page.length === (range.pageSize ?? PAGE) && last !== undefined;
    if (more) next = readPage(store, last.seq, range.upTo, range.pageSize);
    if (page.length > 0) yield page;
    if (!more) return;
  }
}

/** The events whose order number is above `after` (0 if absent) and at most `upTo` (no bound if absent). */
export interface SeqRange {
  after?: number;
  upTo?: number;
  /** Events per page; PAGE unless a test walks page boundaries on a short register. */
  pageSize?: number;
}

function readPage(store: RegisterStore, after: number, upTo: number | undefined, pageSize = PAGE): Promise<RegisterEvent[]> {
  // Without an upper bound, every key above `after`: whatever was stored.
  const page = store.eventsAfter(after, pageSize, upTo);
  // A read left pending when the check stops at a break must not surface as an unhandled
  // rejection; a failure of a read that is awaited still reaches the caller.
  page.catch(() => undefined);
  return page;
}
