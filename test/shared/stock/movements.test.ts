import { describe, expect, it } from 'vitest';
import { toMilli } from '../../../shared/register/quantity';
import { registerLines, stockDelta } from '../../../shared/stock/movements';
import { isMovement } from '../../../shared/register/events';
import { dispensationDraft, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';

const events = sealAll([
  openingDraft(),
  productDraft(),
  receiptDraft({ quantity: units(30) }),
  dispensationDraft({ quantity: units(12) }),
  dispensationDraft({ quantity: toMilli(500) }),
  receiptDraft({ quantity: units(14) }),
]);

describe('registerLines', () => {
  it('lists only movements, each with its entry or exit and the balance after it', () => {
    const lines = registerLines(events);
    expect(lines.map((line) => [line.event.seq, line.entry, line.exit, line.balance])).toEqual([
      [3, 30_000, null, 30_000],
      [4, null, 12_000, 18_000],
      [5, null, 500, 17_500],
      [6, 14_000, null, 31_500],
    ]);
  });

  it('starts from the opening balance it is given', () => {
    const balances = registerLines(events, units(2)).map((line) => line.balance);
    expect(balances).toEqual([32_000, 20_000, 19_500, 33_500]);
  });

  it('gives no line for a register without movements', () => {
    expect(registerLines(events.slice(0, 2))).toEqual([]);
  });
});

describe('stockDelta', () => {
  it('counts a receipt as an entry and a dispensation as an exit', () => {
    const [receipt, dispensation] = events.filter(isMovement);
    expect(stockDelta(receipt!)).toEqual({ entries: 30_000, exits: 0 });
    expect(stockDelta(dispensation!)).toEqual({ entries: 0, exits: 12_000 });
  });
});
