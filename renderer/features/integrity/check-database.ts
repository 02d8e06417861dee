// Re-checks the whole chain held in IndexedDB, page by page, so that an entry altered
// behind the application's back (through the raw IndexedDB API, say) is found and named.
import { appError, type AppError } from '../../../shared/errors';
import { createChainVerifier, type ChainBreak } from '../../../shared/register/chain';
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
  for (;;) {
    const page = await eventsAfter(db, head?.seq ?? 0, PAGE);
    for (const event of page) {
      const broken = verifier.next(event);
      if (broken) return { ok: false, error: chainBreakError(broken) };
      head = { seq: event.seq, hash: event.hash };
      count += 1;
    }
    if (page.length < PAGE) return { ok: true, events: count, head };
  }
}
