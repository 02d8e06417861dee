// The state after a whole run of events, from the empty register: the upgrade of an
// older database, the integrity check's refold and the tests start from here.
import type { RegisterEvent } from './events';
import { evolve } from './evolve';
import { emptyState, type RegisterState } from './register-state';

export function foldEvents(events: Iterable<RegisterEvent>, state: RegisterState = emptyState()): RegisterState {
  for (const event of events) evolve(state, event);
  return state;
}
