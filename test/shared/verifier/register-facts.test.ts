import { describe, expect, it } from 'vitest';
import { foldEvents } from '../../../shared/register/fold';
import { toMilli } from '../../../shared/register/quantity';
import { createFactsCollector } from '../../../shared/verifier/register-facts';
import { stockOnDay } from '../../../shared/verifier/stock-on-day';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';

// Recorded in this order; the receipt of the 2nd is written after the dispensation of the 5th.
const events = sealAll([
  openingDraft(),
  productDraft(),
  on('2026-03-03', receiptDraft({ quantity: units(30) })),
  on('2026-03-05', dispensationDraft({ quantity: units(12) })),
  on('2026-03-02', receiptDraft({ quantity: units(5), deliveryRef: 'BL-OUBLIE' })),
]);

function collect() {
  const collector = createFactsCollector();
  for (const event of events) collector.add(event);
  return collector.facts();
}

describe('the facts an inspector reads of a register', () => {
  it('names the register, its establishment and holder from the opening, and the period by operation dates', () => {
    const facts = collect();
    expect(facts.registerId).toBe('REG-2026-001');
    expect(facts.establishments).toEqual([
      { establishment: events[0]!.type === 'register.opened' ? events[0]!.establishment : null, from: '2026-03-02', seq: 1 },
    ]);
    expect(facts.holders.map((entry) => [entry.from, entry.seq])).toEqual([['2026-03-02', 1]]);
    expect([facts.firstDay, facts.lastDay]).toEqual(['2026-03-02', '2026-03-05']);
    expect(facts.closures).toEqual([]);
  });

  it('gives the stock on a day from the operations dated up to it, whatever order they were recorded in', () => {
    const facts = collect();
    const totals = (day: string) => stockOnDay(facts, day).map((row) => [row.productId, row.balance.total]);
    expect(totals('2026-03-01')).toEqual([]);
    expect(totals('2026-03-02')).toEqual([['P2', toMilli(5_000)]]);
    expect(totals('2026-03-04')).toEqual([['P2', toMilli(35_000)]]);
    expect(totals('2026-03-05')).toEqual([['P2', toMilli(23_000)]]);
  });

  it('agrees on the last day with the register’s own fold of the whole journal', () => {
    const folded = foldEvents(events);
    const rows = stockOnDay(collect(), '2026-03-05');
    expect(rows.map((row) => [row.productId, row.balance])).toEqual([...folded.products].map(([id, product]) => [id, product.stock]));
  });
});
