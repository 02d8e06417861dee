// Adds already-sealed events (a restore from the reserve copy, a hand-over package) in one
// transaction per page, checking that they continue the database's own chain exactly: a
// page that does not follow is refused whole, and nothing in the database is ever replaced.
// The restore marker (restore-marker.ts) is written in the transaction of the first page
// and removed in the transaction of the page that reaches the verified head, so that no
// moment exists where the database holds part of a register without saying so.
// The register's state row (state-row.ts) takes in each page in the same transaction, and
// the lots' attributions (lot-recall.ts) with it.
import { appError, type AppError } from '../../shared/errors';
import { createChainVerifier } from '../../shared/register/chain';
import { monthOf } from '../../shared/register/dates';
import { isMovement, type RegisterEvent } from '../../shared/register/events';
import { foldEvents } from '../../shared/register/fold';
import type { ChainHead } from '../../shared/register/chain-head';
import { err, ok, type Result } from '../../shared/result';
import { addDeltas, NO_DELTA, stockDelta, type StockDelta } from '../../shared/stock/movements';
import type { MonthlyTotal, RegisterDatabase } from './database';
import { readRestoreMarker, RESTORE_KEY, type RestoreMarker } from './restore-marker';
import { keepAllocations, recallFor } from './lot-recall';
import { keepPeople } from './people';
import { readStateForWriting, writeState } from './state-row';

export async function importEvents(
  db: RegisterDatabase,
  events: readonly RegisterEvent[],
  restore: RestoreMarker,
): Promise<Result<ChainHead | null, AppError>> {
  return db.transaction('rw', [db.events, db.monthlyTotals, db.meta, db.state, db.lotAllocations, db.people, db.personEvents], async () => {
    const underway = await readRestoreMarker(db);
    // The same register may be resumed from another verified copy (the package rather
    // than the reserve, a longer journal): the chain check below decides. Another one, never.
    if (underway && underway.registerId !== restore.registerId) return err(appError('restore.otherUnderway', undefined, { name: underway.establishmentName }));
    const last = await db.events.orderBy('seq').last();
    const verifier = createChainVerifier(last ? { seq: last.seq, hash: last.hash } : undefined);
    for (const event of events) {
      const broken = verifier.next(event);
      if (broken || event.seq > restore.target.seq) return err(appError('integrity.reserveDisagrees', undefined, { seq: String(event.seq) }));
    }
    const head = events.at(-1) ?? last;
    if (head?.seq === restore.target.seq && head.hash !== restore.target.hash)
      return err(appError('restore.headDiffers', undefined, { seq: String(head.seq) }));
    // Read before the page is added: the row then describes the database's head exactly.
    const state = await readStateForWriting(db);
    await db.events.bulkAdd([...events]);
    await addPageToMonthlyTotals(db, events);
    const recall = await recallFor(db, state, events);
    await writeState(db, foldEvents(events, state, recall));
    await keepAllocations(db, recall);
    await keepPeople(db, events);
    // The last page brings the database to the verified head: the register is whole.
    if (head?.seq === restore.target.seq) await db.meta.delete(RESTORE_KEY);
    else await db.meta.put(underway ? { ...restore, startedAt: underway.startedAt } : restore);
    return ok(head ? { seq: head.seq, hash: head.hash } : null);
  });
}

const deltaOf = ({ productId: _p, month: _m, ...delta }: MonthlyTotal): StockDelta => delta;

/**
 * Keeps the monthly totals in step with a page: its movements summed per product and
 * month in memory, then added to the stored totals with one read and one write per
 * product-month, not two awaited requests per event (the restore stays linear and fast).
 */
async function addPageToMonthlyTotals(db: RegisterDatabase, events: readonly RegisterEvent[]): Promise<void> {
  const sums = new Map<string, MonthlyTotal>();
  for (const event of events) {
    if (!isMovement(event)) continue;
    const month = monthOf(event.operationDate);
    const id = JSON.stringify([event.productId, month]);
    const sum = sums.get(id);
    sums.set(id, { productId: event.productId, month, ...addDeltas(sum ? deltaOf(sum) : NO_DELTA, stockDelta(event)) });
  }
  const page = [...sums.values()];
  if (page.length === 0) return;
  const stored = await db.monthlyTotals.bulkGet(page.map((sum): [string, string] => [sum.productId, sum.month]));
  await db.monthlyTotals.bulkPut(
    page.map((sum, index) => {
      const current = stored[index];
      return current ? { ...sum, ...addDeltas(deltaOf(current), deltaOf(sum)) } : sum;
    }),
  );
}
