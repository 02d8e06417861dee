import { describe, expect, it } from 'vitest';
import { createPeriodEvents, reversedMissing, type ForgottenMovement } from '../../../shared/editions/period-events';
import { serializeLine } from '../../../shared/journal/line';
import type { ByteText } from '../../../shared/journal/byte-line';
import { scenarioEvents } from './scenario';

const events = scenarioEvents();

/** Lines read as their bytes, as the command line reads them (shared/journal/byte-line.ts). */
const byteText: ByteText = {
  decode: (bytes) => Buffer.from(bytes, 'latin1').toString('utf8'),
  sha256: () => '',
};

/** What a reader keeps of the scenario for a period, given each event's line (as text or as bytes) or not. */
function keep(bounds: { from?: string; to?: string }, lines: 'text' | 'bytes' | 'none', productId?: string) {
  const forgotten: ForgottenMovement[] = [];
  const kept = createPeriodEvents(bounds, productId, (movement) => forgotten.push({ seq: movement.seq, hash: movement.hash }));
  for (const event of events) {
    const line = serializeLine(event);
    if (lines === 'none') kept.add(event);
    else if (lines === 'text') kept.add(event, line);
    else kept.add(event, Buffer.from(line, 'utf8').toString('latin1'), byteText);
  }
  const held = kept.events();
  return { events: held, forgotten, missing: reversedMissing(held, { from: bounds.from ?? '2026-02-01', to: bounds.to ?? '2026-04-30' }, productId) };
}

describe('the events kept for a period', () => {
  it.each([[{ from: '2026-04-01', to: '2026-04-30' }], [{ from: '2026-03-10', to: '2026-04-03' }], [{ from: '2026-02-01', to: '2026-02-28' }], [{}]])(
    'are the same whether the movements waiting for a closure are held as lines or as events (%o)',
    (bounds) => {
      const asLines = keep(bounds, 'text');
      const asEvents = keep(bounds, 'none');
      expect(asLines).toEqual(asEvents);
      expect(keep(bounds, 'bytes')).toEqual(asEvents);
      expect(asLines.events.length).toBeGreaterThan(0);
      expect(keep(bounds, 'text', 'P2')).toEqual(keep(bounds, 'none', 'P2'));
      expect(keep(bounds, 'bytes', 'P2')).toEqual(keep(bounds, 'none', 'P2'));
    },
  );
});
