// The register's rules as one function of its state: what the app records and what the
// replay of a journal accepts are decided here, the same way. The state is complete
// (register-state.ts); the few facts it does not hold on purpose (an event named by its
// order number) are declared by `lookupsFor`, read by the storage, and handed in.
import { historySince, patientKey } from '../prescription/history';
import { isIsoDay } from './dates';
import type { Dispensation } from './events-movements';
import type { Draft, ValidDraft } from './validate';
import { validateDraft } from './validate';
import type { Checked } from './refusal';
import type { RegisterState } from './register-state';
import { contextFromState, type Fetched } from './replay-context';

export type { Fetched } from './replay-context';

/**
 * The point look-ups a draft needs besides the state: the event a correction names; for a
 * dispensation on a prescription, the patient's earlier ones (by name, prescriptions dated
 * from `since`), which the state does not keep (they follow the number of dispensations).
 */
export interface Lookups {
  event?: number;
  patient?: { name: string; since: string };
}

export function lookupsFor(draft: Draft): Lookups {
  const { body } = draft;
  // A number that cannot be an order number names nothing: the rule says so, nothing is read.
  if (body.type === 'correction' && Number.isSafeInteger(body.corrects) && body.corrects >= 1) return { event: body.corrects };
  if (body.type === 'dispensation') return patientLookup(body);
  return {};
}

function patientLookup(body: Dispensation): Lookups {
  const name = patientKey(body);
  const date = body.prescription?.date;
  // A malformed date is refused by the rule; nothing is read for it.
  if (name === undefined || typeof date !== 'string' || !isIsoDay(date)) return {};
  return { patient: { name, since: historySince(date) } };
}

/** Checks a draft against the register as `state` describes it, on the machine's day `today`. */
export function decide(state: RegisterState, fetched: Fetched, draft: Draft, today: string): Checked<ValidDraft> {
  return validateDraft(draft, contextFromState(state, fetched, draft.body, today));
}
