// A dispensation entered twice: the same ordonnancier number for the same product, or the
// same patient, product and quantity on the same day. Either may be right (a renewal, two
// boxes on two prescriptions), so the window asks before recording; it never refuses.
import type { Dispensation, RegisterEvent } from '../register/events';
import { searchForm } from './search-text';

type DispensationEvent = RegisterEvent & Dispensation;

export interface DispensationDraft {
  operationDate: string;
  body: Dispensation;
}

export type DuplicateReason = 'ordonnancier' | 'patientDay';

export interface LikelyDuplicate {
  event: DispensationEvent;
  reason: DuplicateReason;
}

const patientOf = (body: Dispensation) => (body.recipient.kind === 'patient' ? searchForm(body.recipient.name) : null);

/**
 * The earlier dispensations this draft looks like, in register order. `candidates` are
 * the events the store found by ordonnancier number and by day; `corrected` the order
 * numbers already corrected, which no longer count (re-entering a corrected line is the
 * point of the correction).
 */
export function likelyDuplicates(draft: DispensationDraft, candidates: readonly RegisterEvent[], corrected: ReadonlySet<number>): LikelyDuplicate[] {
  const number = draft.body.ordonnancierNumber.trim();
  const patient = patientOf(draft.body);
  const found = new Map<number, LikelyDuplicate>();
  for (const event of candidates) {
    if (event.type !== 'dispensation' || corrected.has(event.seq) || event.productId !== draft.body.productId || found.has(event.seq)) continue;
    if (number !== '' && event.ordonnancierNumber.trim() === number) found.set(event.seq, { event, reason: 'ordonnancier' });
    else if (patient && patient !== '' && event.operationDate === draft.operationDate && event.quantity === draft.body.quantity && patientOf(event) === patient)
      found.set(event.seq, { event, reason: 'patientDay' });
  }
  return [...found.values()].sort((a, b) => a.event.seq - b.event.seq);
}
