import { describe, expect, it } from 'vitest';
import { createStockOnDay } from '../../../electron/cli/commands/stock/stock-on-day';
import { weekWithDestruction } from './journal-files';

describe('the command line’s stock tally after a destruction', () => {
  it('takes the destroyed units out of the balance and of the quarantine, on the day of the PV', () => {
    const tallyAt = (at: string) => {
      const tally = createStockOnDay(at);
      for (const event of weekWithDestruction()) tally.add(event);
      return tally.report().rows.map((row) => [row.productId, row.balance.total, row.balance.quarantine])[0];
    };
    expect(tallyAt('2026-03-09')).toEqual(['P2', 19_500, 2_000]);
    expect(tallyAt('2026-03-10')).toEqual(['P2', 17_500, 0]);
  });
});
