// The register's rules as one function of its state: what the app records and what the
// replay of a journal accepts are decided here, the same way. The state is complete
// (register-state.ts); the few facts it does not hold on purpose (an event named by its
// order number) are declared by `lookupsFor`, read by the storage, and handed in.
import type { Draft, ValidDraft } from './validate';
import { validateDraft } from './validate';
import type { Checked } from './refusal';
import type { RegisterState } from './register-state';
import { contextFromState, type Fetched } from './replay-context';

export type { Fetched } from './replay-context';

/** The point look-ups a draft needs besides the state: at most the event a correction names. */
export interface Lookups {
  event?: number;
}

export function lookupsFor(draft: Draft): Lookups {
  const { body } = draft;
  // A number that cannot be an order number names nothing: the rule says so, nothing is read.
  return body.type === 'correction' && Number.isSafeInteger(body.corrects) && body.corrects >= 1 ? { event: body.corrects } : {};
}

/** Checks a draft against the register as `state` describes it, on the machine's day `today`. */
export function decide(state: RegisterState, fetched: Fetched, draft: Draft, today: string): Checked<ValidDraft> {
  return validateDraft(draft, contextFromState(state, fetched, draft.body, today));
}
