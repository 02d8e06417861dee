// Adds already-sealed events (a restore from the reserve copy) in one transaction per
// page, checking that they continue the database's own chain exactly: a page that does
// not follow is refused whole, and nothing in the database is ever replaced.
import { appError, type AppError } from '../../shared/errors';
import { createChainVerifier } from '../../shared/register/chain';
import type { RegisterEvent } from '../../shared/register/events';
import type { ChainHead } from '../../shared/register/prepare';
import { err, ok, type Result } from '../../shared/result';
import { addToMonthlyTotals } from './append-event';
import type { RegisterDatabase } from './database';

export async function importEvents(db: RegisterDatabase, events: readonly RegisterEvent[]): Promise<Result<ChainHead | null, AppError>> {
  return db.transaction('rw', db.events, db.monthlyTotals, async () => {
    const last = await db.events.orderBy('seq').last();
    const verifier = createChainVerifier(last ? { seq: last.seq, hash: last.hash } : undefined);
    for (const event of events) {
      const broken = verifier.next(event);
      if (broken) return err(appError('integrity.reserveDisagrees', undefined, { seq: String(event.seq) }));
    }
    await db.events.bulkAdd([...events]);
    for (const event of events) await addToMonthlyTotals(db, event);
    const head = events.at(-1) ?? last;
    return ok(head ? { seq: head.seq, hash: head.hash } : null);
  });
}
