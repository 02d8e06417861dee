// What the clock banner compares the workstation's clock with.
import type { RegisterEvent } from '../../../shared/register/events';
import type { RegisterStore } from '../../db/register-store';

export interface ClockFacts {
  head: RegisterEvent | undefined;
  lastSetBack: Extract<RegisterEvent, { type: 'clock.setBack' }> | undefined;
}

export async function readClockFacts(store: RegisterStore): Promise<ClockFacts> {
  const [head, setBacks] = await Promise.all([store.lastEvent(), store.eventsOfTypes(['clock.setBack'])]);
  const last = setBacks.at(-1);
  return { head, lastSetBack: last?.type === 'clock.setBack' ? last : undefined };
}
