// A month's editions built from the balances the previous month's closure carried in, with
// only that month's operations, print what the same editions built from the whole history
// print: the closure's figures stand for every operation before the month.
import { describe, expect, it } from 'vitest';
import { carriedInto, carryingMonth, closureBefore } from '../../../shared/editions/carried';
import { productLedger } from '../../../shared/editions/ledger';
import { monthBalance } from '../../../shared/editions/month-balance';
import { monthPeriod, type Period } from '../../../shared/editions/period';
import { LIFECYCLE_EVENT_TYPES } from '../../../shared/editions/lifecycle-steps';
import { monthBalancePdf } from '../../../shared/editions/pdf/month-balance-pdf';
import { productRegisterPdf } from '../../../shared/editions/pdf/product-register-pdf';
import { monthOf } from '../../../shared/register/dates';
import type { RegisterEvent } from '../../../shared/register/events';
import { units } from '../../fixtures/drafts';
import { readPdf } from './pdf-text';
import { closedScenarioEvents, editionContext, FENTANYL_ID, METHADONE_ID, MORPHINE_ID, SEQ } from './scenario';

/** February and March closed: April's correction reverses a March dispensation. */
const events = closedScenarioEvents(['2026-02', '2026-03']);
const PRODUCTS = [MORPHINE_ID, METHADONE_ID, FENTANYL_ID];
const DESCRIBED = new Set<string>([...LIFECYCLE_EVENT_TYPES, 'correction']);

const isClosureOf = (event: RegisterEvent, month: string) => event.type === 'month.closed' && event.month === month;

/** What the window reads for a month whose previous month is closed: that closure, the month, definitions, corrections and what they reverse. */
function monthRead(period: Period): RegisterEvent[] {
  const carrying = carryingMonth(period);
  const dated = events.filter((event) => event.operationDate >= period.from && event.operationDate <= period.to);
  const reversed = new Set(dated.flatMap((event) => (event.type === 'correction' ? [event.corrects] : [])));
  return events.filter(
    (event) => dated.includes(event) || DESCRIBED.has(event.type) || reversed.has(event.seq) || (carrying !== null && isClosureOf(event, carrying)),
  );
}

/** The whole history with no closure before the month: every balance folded from the operations. */
function wholeHistory(period: Period): RegisterEvent[] {
  const carrying = carryingMonth(period);
  return events.filter((event) => carrying === null || !isClosureOf(event, carrying));
}

const text = (bytes: Uint8Array, name: string) => readPdf(bytes, name).text;

describe('editions from the balances a closure carried in', () => {
  for (const month of ['2026-03', '2026-04']) {
    const period = monthPeriod(month);

    it(`reads no operation dated before ${month} but what its corrections reverse`, () => {
      const before = monthRead(period).filter((event) => event.operationDate < period.from && !DESCRIBED.has(event.type) && event.type !== 'month.closed');
      expect(before.map((event) => event.seq)).toEqual(month === '2026-04' ? [SEQ.wrongCorrectedInApril] : []);
    });

    it(`starts ${month} from the closing figures of the month before`, () => {
      const carried = carriedInto(monthRead(period), period);
      const closure = events.find((event) => isClosureOf(event, carryingMonth(period) ?? ''));
      expect(closure?.type === 'month.closed' && closure.products.length).toBeGreaterThan(0);
      for (const productId of PRODUCTS) {
        expect(productLedger(monthRead(period), productId, period).opening).toEqual(carried?.get(productId) ?? { total: units(0), quarantine: units(0) });
      }
    });

    it(`gives every product of ${month} the ledger the whole history gives`, () => {
      for (const productId of PRODUCTS)
        expect(productLedger(monthRead(period), productId, period)).toEqual(productLedger(wholeHistory(period), productId, period));
      expect(monthBalance(monthRead(period), month, 'officine')).toEqual(monthBalance(wholeHistory(period), month, 'officine'));
    });

    it(`prints the same product register and monthly balance for ${month}`, () => {
      const context = editionContext(events);
      // The morphine's register: a correction within the month, another reversing the month before.
      expect(text(productRegisterPdf(monthRead(period), MORPHINE_ID, period, context), `carried-${month}-${MORPHINE_ID}`)).toBe(
        text(productRegisterPdf(wholeHistory(period), MORPHINE_ID, period, context), `whole-${month}-${MORPHINE_ID}`),
      );
      expect(text(monthBalancePdf(monthRead(period), month, context), `carried-${month}-balance`)).toBe(
        text(monthBalancePdf(wholeHistory(period), month, context), `whole-${month}-balance`),
      );
    }, 30_000);
  }

  it('carries nothing into a period that does not start a month, nor without the closure of the month before', () => {
    expect(carryingMonth({ from: '2026-03-05', to: '2026-03-31' })).toBeNull();
    expect(carriedInto(events, { from: '2026-03-05', to: '2026-03-31' })).toBeNull();
    expect(carriedInto(events, monthPeriod('2026-02'))).toBeNull();
    expect(carryingMonth(monthPeriod('2026-01'))).toBe('2025-12');
    expect(monthOf(events.at(-1)?.operationDate ?? '')).toBe('2026-03');
  });

  it('starts a period that does not start a month from the last closure before it and the operations since', () => {
    const period = { from: '2026-03-10', to: '2026-04-03' };
    expect(closureBefore(events, period)?.month).toBe('2026-02');
    // What a reader keeps: the closure, and the operations dated after February (definitions and corrections whatever their date).
    const kept = events.filter((event) => event.type === 'month.closed' || DESCRIBED.has(event.type) || event.operationDate > '2026-02-28');
    const unclosed = events.filter((event) => event.type !== 'month.closed');
    for (const productId of PRODUCTS) expect(productLedger(kept, productId, period)).toEqual(productLedger(unclosed, productId, period));
    expect(closureBefore(events, monthPeriod('2026-02'))).toBeNull();
  });
});
