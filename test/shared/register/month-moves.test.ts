import { describe, expect, it } from 'vitest';
import { monthBalances } from '../../../shared/closure/month-balance';
import { monthOf } from '../../../shared/register/dates';
import { isMovement } from '../../../shared/register/events';
import { foldEvents } from '../../../shared/register/fold';
import { closureFigures } from '../../../shared/register/month-moves';
import { EMPTY_STOCK, balanceAfter, stockDelta, type StockBalance } from '../../../shared/stock/movements';
import { scenarioEvents } from '../editions/scenario';

describe('closureFigures: a month kept as sums', () => {
  it('gives the same lines as monthBalances over the month’s movements, month after month', () => {
    const events = scenarioEvents();
    const state = foldEvents(events);
    const movements = events.filter(isMovement);
    const carried = new Map<string, StockBalance>();
    for (const month of ['2026-02', '2026-03', '2026-04']) {
      const ofMonth = movements.filter((event) => monthOf(event.operationDate) === month);
      expect(closureFigures(carried, state.pending.get(month) ?? new Map())).toEqual(monthBalances(carried, ofMonth));
      for (const event of ofMonth) carried.set(event.productId, balanceAfter(carried.get(event.productId) ?? EMPTY_STOCK, stockDelta(event)));
    }
  });
});
