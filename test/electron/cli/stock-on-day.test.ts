// The stock the command line prints is the register's own fold (evolve) restricted to the
// operations dated up to the day. It was checked equal, on every day around these
// journals, to the tally the command line kept before (removed since); what stays checked
// here: after the last operation it is the state the rules' replay reaches, and before
// the first there is nothing.
import { describe, expect, it } from 'vitest';
import { createStockOnDay } from '../../../electron/cli/commands/stock/stock-on-day';
import { importCommand } from '../../../electron/cli/commands/import/import';
import { createReplayValidator } from '../../../shared/register/replay';
import type { RegisterEvent } from '../../../shared/register/events';
import { dispensationDraft, MORPHINE, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { longJournal } from '../../fixtures/long-journal';
import { captured, NOW, readEvents, TAKEOVER, VALID, VETERINARY } from './import-files';
import { tempFolder, weekOfMovements, weekWithDestruction } from './journal-files';

function dayAfter(day: string, offset: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/** Every day from the day before the first operation to the day after the last. */
function daysAround(events: readonly RegisterEvent[]): string[] {
  const dates = events.map((event) => event.operationDate).sort();
  const days: string[] = [];
  for (let day = dayAfter(dates[0]!, -1); day <= dayAfter(dates.at(-1)!, 1); day = dayAfter(day, 1)) days.push(day);
  return days;
}

function stockOn(events: readonly RegisterEvent[], at: string) {
  const onDay = createStockOnDay(at);
  for (const event of events) onDay.add(event);
  return onDay.report();
}

/** Each product's balance in the state the replay of the rules leaves after the whole journal. */
function replayedStock(events: readonly RegisterEvent[]) {
  const replay = createReplayValidator();
  for (const event of events) expect(replay.next(event)).toBeNull();
  return [...replay.state.products].map(([productId, product]) => [productId, product.stock]);
}

/** Entries and a product change recorded after the fact, dated before operations already written. */
function backDated(): RegisterEvent[] {
  return sealAll([
    on('2026-03-02', openingDraft()),
    on('2026-03-02', productDraft()),
    on('2026-03-06', receiptDraft({ quantity: units(30), deliveryRef: 'BL-1' })),
    on('2026-03-04', receiptDraft({ quantity: units(10), deliveryRef: 'BL-0' })),
    on('2026-03-05', dispensationDraft({ quantity: units(4) })),
    on('2026-03-07', {
      operationDate: '2026-03-07',
      body: { type: 'product.changed', productId: 'P2', product: { ...MORPHINE, designation: 'Morphine renommée' }, active: true },
    }),
    on('2026-03-06', {
      operationDate: '2026-03-06',
      body: { type: 'establishment.changed', establishment: { name: 'Pharmacie renommée', address: '1 quai Neuf, 56100 Lorient' } },
    }),
  ]);
}

async function imported(csv: string): Promise<RegisterEvent[]> {
  const folder = tempFolder();
  const io = captured();
  expect(await importCommand(csv, `${folder}/REG-1.journal.jsonl`, io, NOW)).toBe(0);
  return readEvents(`${folder}/REG-1.journal.jsonl`);
}

describe('the stock on a day, from the register’s fold', () => {
  const journals: [string, () => RegisterEvent[] | Promise<RegisterEvent[]>][] = [
    ['a week of movements', weekOfMovements],
    ['a destruction', weekWithDestruction],
    ['operations back-dated, a product renamed, the establishment renamed', backDated],
    ['a long journal over closed months', () => longJournal(120, 4, '2026-11-23')],
    ['the import fixture of the restore end-to-end test', () => imported(VALID)],
    ['an officine taken over', () => imported(TAKEOVER)],
    ['a veterinary practice taken over', () => imported(VETERINARY)],
  ];
  for (const [name, journal] of journals) {
    it(`ends on the replay’s state and starts empty: ${name}`, async () => {
      const events = await journal();
      const days = daysAround(events);
      expect(stockOn(events, days[0]!).rows).toEqual([]);
      const last = stockOn(events, days.at(-1)!);
      expect(last.rows.map((row) => [row.productId, row.balance])).toEqual(replayedStock(events));
      expect(last.rows.length).toBeGreaterThan(0);
    });
  }

  it('sees the back-dated entries on their own day and the renaming from its day on', () => {
    const on5 = stockOn(backDated(), '2026-03-05');
    expect(on5.rows.map((row) => [row.product.designation, row.balance.total])).toEqual([['Morphine sulfate LP 10 mg', units(6)]]);
    expect(on5.establishmentName).toBe('Pharmacie du Port');
    const on7 = stockOn(backDated(), '2026-03-07');
    expect(on7.rows.map((row) => [row.product.designation, row.balance.total])).toEqual([['Morphine renommée', units(36)]]);
    expect(on7.establishmentName).toBe('Pharmacie renommée');
  });
});
