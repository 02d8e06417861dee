// The register's rules as one function of its state: what the app records and what the
// replay of a journal accepts are decided here, the same way. The rules read the state
// as the one fold leaves it (register-state.ts, evolve.ts), complete and typed; the few
// facts it does not hold on purpose (an event named by its order number, whether a lot was
// ever received, a patient's earlier dispensations) are declared by `lookupsFor`, read by
// the storage, and handed in as `Fetched`.
import type { Checked } from './refusal';
import type { RegisterState } from './register-state';
import type { Fetched } from './rule-facts';
import { validateDraft, type Draft, type ValidDraft } from './validate';

export { lookupsFor, namedLots, receivedLotKey, type Lookups, type NamedLot } from './lookups';
export type { Fetched } from './rule-facts';

/** Checks a draft against the register as `state` describes it, on the machine's day `today`. */
export function decide(state: RegisterState, fetched: Fetched, draft: Draft, today: string): Checked<ValidDraft> {
  return validateDraft(state, fetched, draft, today);
}
