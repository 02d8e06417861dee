// Monthly closure: the draft names the month; the register supplies the figures and the
// head it covers. Months close in order, once ended, each dated on its last day.
import { nextMonth } from '../closure/month-balance';
import { formatMonth, lastDayOf, monthOf } from './dates';
import type { MonthClosed } from './events';
import { closureFigures } from './month-moves';
import { refuse } from './refusal';
import type { Facts } from './rule-facts';

export type ClosureDraft = Pick<MonthClosed, 'type' | 'month'>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function validateClosure(body: ClosureDraft, operationDate: string, { state, opening, head, today }: Facts): MonthClosed {
  if (typeof body.month !== 'string' || !MONTH.test(body.month)) return refuse('closure.monthMalformed', 'month');
  const expected = state.closedThrough === undefined ? monthOf(opening.openedOn) : nextMonth(state.closedThrough);
  if (body.month !== expected) refuse('closure.outOfOrder', 'month', { month: formatMonth(body.month), expected: formatMonth(expected) });
  if (body.month >= monthOf(today)) refuse('closure.monthNotEnded', 'month', { month: formatMonth(body.month) });
  if (operationDate !== lastDayOf(body.month)) refuse('closure.date', 'operationDate', { day: lastDayOf(body.month) });
  // The figures of the month, from the stock carried in and the month's sums (month-moves.ts).
  const products = closureFigures(state.carried, state.pending.get(body.month) ?? new Map());
  return { type: 'month.closed', month: body.month, head, products };
}
