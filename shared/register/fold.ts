// The state after a whole run of events, from the empty register: the upgrade of an
// older database, the integrity check's refold and the tests start from here.
// The lots' past (lot-ledger.ts) is held in memory for the run, unless the caller hands
// in a recall (storage seeds one for a page of events that continues its state).
import { LotLedger, type LotRecall } from '../stock/lot-ledger';
import type { RegisterEvent } from './events';
import { evolve } from './evolve';
import { emptyState, type RegisterState } from './register-state';

export function foldEvents(events: Iterable<RegisterEvent>, state: RegisterState = emptyState(), recall: LotRecall = new LotLedger()): RegisterState {
  for (const event of events) evolve(state, event, recall);
  return state;
}
