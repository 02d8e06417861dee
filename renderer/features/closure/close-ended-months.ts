// Seals the monthly balance of every month that has ended and is not closed yet, oldest
// first: a gap of several months (the app not opened for a while) closes each in order.
import type { AppError } from '../../../shared/errors';
import { monthsToClose, nextMonth } from '../../../shared/closure/month-balance';
import { lastDayOf, localDay, monthOf } from '../../../shared/register/dates';
import type { RegisterEvent } from '../../../shared/register/events';
import { ok, type Result } from '../../../shared/result';
import { recordOne } from '../../db/record-act';
import type { RegisterStore } from '../../db/register-store';

export async function closeEndedMonths(store: RegisterStore, now = new Date()): Promise<Result<RegisterEvent[], AppError>> {
  const identity = await store.identity();
  if (!identity) return ok([]);
  const closed = await store.lastClosure();
  // A register closed for good seals the month of its closure, once ended, and no later one.
  const ended = await store.closure();
  const current = monthOf(localDay(now));
  const until = ended && nextMonth(monthOf(ended.operationDate)) < current ? nextMonth(monthOf(ended.operationDate)) : current;
  const months = monthsToClose(closed?.month, monthOf(identity.openedOn), until);
  const sealed: RegisterEvent[] = [];
  for (const month of months) {
    // Each closure is validated inside its own transaction: if another window closed
    // the month meanwhile, this one is refused as out of order and nothing is doubled.
    const result = await recordOne(store, { operationDate: lastDayOf(month), body: { type: 'month.closed', month } }, now);
    if (!result.ok) return result;
    sealed.push(result.value);
  }
  return ok(sealed);
}
