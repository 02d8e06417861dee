// The per-product, per-month totals the stock screens read, kept in step with each event
// in the transaction that adds it.
import { monthOf } from '../../shared/register/dates';
import { isMovement, type RegisterEvent } from '../../shared/register/events';
import { addDeltas, NO_DELTA, stockDelta } from '../../shared/stock/movements';
import type { RegisterDatabase } from './database';

export async function addToMonthlyTotals(db: RegisterDatabase, event: RegisterEvent): Promise<void> {
  if (!isMovement(event)) return;
  const key = { productId: event.productId, month: monthOf(event.operationDate) };
  const current = await db.monthlyTotals.get([key.productId, key.month]);
  const { productId: _p, month: _m, ...totals } = current ?? { ...key, ...NO_DELTA };
  await db.monthlyTotals.put({ ...key, ...addDeltas(totals, stockDelta(event)) });
}
