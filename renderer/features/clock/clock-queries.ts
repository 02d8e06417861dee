// What the clock banner compares the workstation's clock with.
import type { RegisterEvent } from '../../../shared/register/events';
import type { RegisterDatabase } from '../../db/database';

export interface ClockFacts {
  head: RegisterEvent | undefined;
  lastSetBack: Extract<RegisterEvent, { type: 'clock.setBack' }> | undefined;
}

export async function readClockFacts(db: RegisterDatabase): Promise<ClockFacts> {
  const [head, setBacks] = await Promise.all([db.events.orderBy('seq').last(), db.events.where('type').equals('clock.setBack').sortBy('seq')]);
  const last = setBacks.at(-1);
  return { head, lastSetBack: last?.type === 'clock.setBack' ? last : undefined };
}
