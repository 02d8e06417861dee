// The register's rules as one function of its state: what the app records and what the
// replay of a journal accepts are decided here, the same way. The state is complete
// (register-state.ts); the few facts it does not hold on purpose (an event named by its
// order number, whether a lot was ever received) are declared by `lookupsFor`, read by
// the storage, and handed in.
import type { Draft, ValidDraft } from './validate';
import { validateDraft } from './validate';
import type { Checked } from './refusal';
import type { RegisterState } from './register-state';
import { contextFromState, type Fetched } from './replay-context';

export type { Fetched } from './replay-context';

export { lookupsFor, namedLots, receivedLotKey, type Lookups, type NamedLot } from './lookups';

/** Checks a draft against the register as `state` describes it, on the machine's day `today`. */
export function decide(state: RegisterState, fetched: Fetched, draft: Draft, today: string): Checked<ValidDraft> {
  return validateDraft(draft, contextFromState(state, fetched, draft.body, today));
}
