// Monthly closure: the draft names the month; the register supplies the figures and the
// head it covers. Months close in order, once ended, each dated on its last day.
import { nextMonth } from '../closure/month-balance';
import { formatMonth, lastDayOf, monthOf } from './dates';
import type { MonthClosed } from './events';
import { refuse } from './refusal';
import type { DraftContext } from './draft-context';

export type ClosureDraft = Pick<MonthClosed, 'type' | 'month'>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function validateClosure(body: ClosureDraft, operationDate: string, context: DraftContext): MonthClosed {
  const { register, closure } = context;
  if (!register || !closure) throw new Error('Clôture sans registre ou sans ses chiffres : le stockage doit les fournir.');
  if (typeof body.month !== 'string' || !MONTH.test(body.month)) return refuse('closure.monthMalformed', 'month');
  const expected = context.closedThrough === undefined ? monthOf(register.openedOn) : nextMonth(context.closedThrough);
  if (body.month !== expected) refuse('closure.outOfOrder', 'month', { month: formatMonth(body.month), expected: formatMonth(expected) });
  if (body.month >= monthOf(context.today)) refuse('closure.monthNotEnded', 'month', { month: formatMonth(body.month) });
  if (operationDate !== lastDayOf(body.month)) refuse('closure.date', 'operationDate', { day: lastDayOf(body.month) });
  return { type: 'month.closed', month: body.month, head: closure.head, products: closure.products };
}
