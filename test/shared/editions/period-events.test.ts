import { describe, expect, it } from 'vitest';
import { createPeriodEvents, reversedMissing, type ForgottenMovement } from '../../../shared/editions/period-events';
import { serializeLine } from '../../../shared/journal/line';
import { scenarioEvents } from './scenario';

const events = scenarioEvents();

/** What a reader keeps of the scenario for a period, given each event's line or not. */
function keep(bounds: { from?: string; to?: string }, withLines: boolean, productId?: string) {
  const forgotten: ForgottenMovement[] = [];
  const kept = createPeriodEvents(bounds, productId, (movement) => forgotten.push({ seq: movement.seq, hash: movement.hash }));
  for (const event of events) kept.add(event, withLines ? serializeLine(event) : undefined);
  const held = kept.events();
  return { events: held, forgotten, missing: reversedMissing(held, { from: bounds.from ?? '2026-02-01', to: bounds.to ?? '2026-04-30' }, productId) };
}

describe('the events kept for a period', () => {
  it.each([[{ from: '2026-04-01', to: '2026-04-30' }], [{ from: '2026-03-10', to: '2026-04-03' }], [{ from: '2026-02-01', to: '2026-02-28' }], [{}]])(
    'are the same whether the movements waiting for a closure are held as lines or as events (%o)',
    (bounds) => {
      const asLines = keep(bounds, true);
      const asEvents = keep(bounds, false);
      expect(asLines).toEqual(asEvents);
      expect(asLines.events.length).toBeGreaterThan(0);
      expect(keep(bounds, true, 'P2')).toEqual(keep(bounds, false, 'P2'));
    },
  );
});
