import { describe, expect, it } from 'vitest';
import { monthBalances, monthsToClose, nextMonth } from '../../../shared/closure/month-balance';
import { lastDayOf } from '../../../shared/register/dates';
import { isMovement } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { decideDraft } from '../../fixtures/register';
import { dispensationDraft, openedContext, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';

describe('months and their ends', () => {
  it.each([
    ['2026-11', '2026-12'],
    ['2026-12', '2027-01'],
    ['2027-09', '2027-10'],
  ])('the month after %s is %s', (month, next) => {
    expect(nextMonth(month)).toBe(next);
  });

  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
  ])('the last day of %s is %s', (month, day) => {
    expect(lastDayOf(month)).toBe(day);
  });

  it('lists every ended month from the opening, or from the last closure, never the current one', () => {
    expect(monthsToClose(undefined, '2026-10', '2027-01')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsToClose('2026-11', '2026-10', '2027-01')).toEqual(['2026-12']);
    expect(monthsToClose('2026-12', '2026-10', '2027-01')).toEqual([]);
    expect(monthsToClose(undefined, '2027-01', '2027-01')).toEqual([]);
  });
});

describe('monthBalances', () => {
  const events = sealAll([openingDraft(), productDraft(), receiptDraft({ quantity: units(30) }), dispensationDraft({ quantity: units(12) })]);
  const movements = events.filter(isMovement);

  it('keeps a product that held stock without moving, and drops one that held nothing', () => {
    const carried = new Map([
      ['P9', { total: units(5), quarantine: units(2) }],
      ['P7', { total: units(0), quarantine: units(0) }],
    ]);
    expect(monthBalances(carried, []).map((line) => [line.productId, line.opening, line.closing, line.closingQuarantine])).toEqual([
      ['P9', units(5), units(5), units(2)],
    ]);
  });

  it('sorts products by their definition order, and adds the month to what was carried in', () => {
    const carried = new Map([
      ['P12', { total: units(1), quarantine: units(0) }],
      ['P2', { total: units(4), quarantine: units(1) }],
    ]);
    const lines = monthBalances(carried, movements);
    expect(lines.map((line) => line.productId)).toEqual(['P2', 'P12']);
    expect(lines[0]).toEqual({
      productId: 'P2',
      opening: units(4),
      openingQuarantine: units(1),
      entriesByKind: { receipt: units(30) },
      exitsByKind: { dispensation: units(12) },
      entries: units(30),
      exits: units(12),
      closing: units(22),
      closingQuarantine: units(1),
    });
  });
});

describe('validateDraft: monthly closure', () => {
  const closure = (month: string, operationDate = lastDayOf(month)): Draft => ({ operationDate, body: { type: 'month.closed', month } });
  const context = (closedThrough?: string) =>
    openedContext({
      today: '2026-06-10',
      openedOn: '2026-03-02',
      // Nothing moved: the months close on no figures.
      product: null,
      ...(closedThrough ? { closedThrough } : {}),
    });

  it('seals the next month with the figures and head the register supplies', () => {
    const register = context();
    const head = register.state.head;
    expect(accepted(decideDraft(closure('2026-03'), register)).body).toEqual({ type: 'month.closed', month: '2026-03', head, products: [] });
    expect(accepted(decideDraft(closure('2026-05'), context('2026-04'))).body).toMatchObject({ month: '2026-05' });
  });

  it.each([
    ['a month out of order', closure('2026-04'), undefined, { code: 'closure.outOfOrder', field: 'month', params: { month: '04/2026', expected: '03/2026' } }],
    [
      'a month closed already',
      closure('2026-03'),
      '2026-03',
      { code: 'closure.outOfOrder', field: 'month', params: { month: '03/2026', expected: '04/2026' } },
    ],
    ['the running month', closure('2026-06'), '2026-05', { code: 'closure.monthNotEnded', field: 'month', params: { month: '06/2026' } }],
    ['a malformed month', closure('2026-13', '2026-03-31'), undefined, { code: 'closure.monthMalformed', field: 'month' }],
    [
      'a date other than the last day',
      closure('2026-03', '2026-03-30'),
      undefined,
      { code: 'closure.date', field: 'operationDate', params: { day: '2026-03-31' } },
    ],
  ])('refuses %s', (_case, draft, closedThrough, error) => {
    expect(refusal(decideDraft(draft, context(closedThrough)))).toEqual(error);
  });
});
