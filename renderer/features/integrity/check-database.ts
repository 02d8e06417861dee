// Re-checks the whole chain held in IndexedDB, page by page, so that an entry altered
// behind the application's back (through the raw IndexedDB API, say) is found and named.
import { appError, type AppError } from '../../../shared/errors';
import { createChainVerifier, type ChainBreak } from '../../../shared/register/chain';
import type { RegisterEvent } from '../../../shared/register/events';
import type { ChainHead } from '../../../shared/register/prepare';
import { missingCaseError } from '../../../shared/result';
import type { RegisterDatabase } from '../../db/database';
import { eventsAfter } from '../../db/queries';

const PAGE = 2_000;

export type DatabaseVerdict = { ok: true; events: number; head: ChainHead | null } | { ok: false; error: AppError };

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

export async function checkDatabaseChain(db: RegisterDatabase): Promise<DatabaseVerdict> {
  const verifier = createChainVerifier();
  let head: ChainHead | null = null;
  let count = 0;
  for await (const page of eventPages(db)) {
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
