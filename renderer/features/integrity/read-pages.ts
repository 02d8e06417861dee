// Reading the chain out of IndexedDB page by page: shared by the window's check and the
// chain-check worker, which opens the same database on its own thread.
import type { RegisterEvent } from '../../../shared/register/events';
import type { RegisterDatabase } from '../../db/database';
import { eventsAfter } from '../../db/queries';

export const PAGE = 2_000;

/**
 * Every event, in order, page by page. The next page is already being read (IndexedDB
 * works in the browser's storage process) while the caller checks this one, so the
 * check goes at the pace of the hashing rather than of reading and hashing in turn.
 */
export async function* eventPages(db: RegisterDatabase): AsyncGenerator<RegisterEvent[], void, undefined> {
  for (let next = readPage(db, 0); ; ) {
    const page = await next;
    const last = page.at(-1);
    const more = page.length === PAGE && last !== undefined;
    if (more) next = readPage(db, last.seq);
    if (page.length > 0) yield page;
    if (!more) return;
  }
}

function readPage(db: RegisterDatabase, after: number): Promise<RegisterEvent[]> {
  const page = eventsAfter(db, after, PAGE);
  // A read left pending when the check stops at a break must not surface as an unhandled
  // rejection; a failure of a read that is awaited still reaches the caller.
  page.catch(() => undefined);
  return page;
}
