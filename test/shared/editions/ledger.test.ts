import { describe, expect, it } from 'vitest';
import { buildLedger, productLedger } from '../../../shared/editions/ledger';
import { dayBefore, describePeriod, monthPeriod } from '../../../shared/editions/period';
import { units } from '../../fixtures/drafts';
import { FENTANYL_ID, METHADONE_ID, MORPHINE_ID, scenarioEvents, SEQ } from './scenario';

const events = scenarioEvents();

describe('ledger of a period', () => {
  it('carries in what every operation dated before the period left, whenever it was recorded', () => {
    const ledger = productLedger(events, MORPHINE_ID, { from: '2026-03-05', to: '2026-03-31' });
    expect(ledger.opening).toEqual({ total: units(1_428), quarantine: units(0) });
    expect(ledger.lines[0]?.event.seq).toBe(18);
  });

  it('keeps the register order, the running balance and the quarantine part after each line', () => {
    const ledger = productLedger(events, FENTANYL_ID, monthPeriod('2026-03'));
    expect(ledger.lines.map((line) => [line.event.seq, line.balance.total, line.balance.quarantine])).toEqual([
      [16, units(23), units(3)],
      [17, units(18), units(3)],
      [19, units(16), units(1)],
    ]);
    expect(ledger.closing).toEqual({ total: units(16), quarantine: units(1) });
  });

  it('links a correction and its original both ways, even across periods', () => {
    const march = productLedger(events, MORPHINE_ID, monthPeriod('2026-03'));
    const wrong = march.lines.find((line) => line.event.seq === SEQ.wrongInMarch);
    const correction = march.lines.find((line) => line.event.seq === SEQ.correctionInMarch);
    expect(wrong?.correctedBy?.seq).toBe(SEQ.correctionInMarch);
    expect(correction?.reversed?.seq).toBe(SEQ.wrongInMarch);
    expect(march.lines.find((line) => line.event.seq === SEQ.wrongCorrectedInApril)?.correctedBy?.operationDate).toBe('2026-04-03');
  });

  it('keeps only products with stock or movements, in the order they were defined, whatever the order of the events given', () => {
    const shuffled = [...events].reverse();
    const ledger = buildLedger(shuffled, monthPeriod('2026-02'));
    expect(ledger.products.map((product) => product.productId)).toEqual([MORPHINE_ID, METHADONE_ID, FENTANYL_ID]);
    expect(ledger.lines.map((line) => line.event.seq)).toEqual([5, 6, 7, 8, 9]);
    expect(buildLedger(events, { from: '2026-01-01', to: '2026-01-31' }).products).toEqual([]);
  });

  it('refuses a period the wrong way round', () => {
    expect(() => buildLedger(events, { from: '2026-03-31', to: '2026-03-01' })).toThrow(RangeError);
  });
});

describe('periods', () => {
  it('knows the length of each month and the day before', () => {
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
    expect(describePeriod({ from: '2026-03-05', to: '2026-03-05' })).toBe('le 05/03/2026');
    expect(() => monthPeriod('2026-13')).toThrow(RangeError);
  });
});
