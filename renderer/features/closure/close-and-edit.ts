// The monthly closure and its editions, in that order: seal every ended month, then
// produce what each closed month owes and does not record yet.
import type { AppError } from '../../../shared/errors';
import type { RegisterEvent } from '../../../shared/register/events';
import type { Result } from '../../../shared/result';
import { completeClosureEditions, type ClosureEditionsProgress } from '../editions/complete-closure-editions';
import type { EditionDeps, EditionFailure, ProducedEdition } from '../editions/produce-edition';
import { closeEndedMonths } from './close-ended-months';

export interface ClosureOutcome {
  closed: Result<RegisterEvent[], AppError>;
  editions: Result<ProducedEdition[], EditionFailure>;
}

export async function closeAndEdit(deps: EditionDeps, onProgress?: (progress: ClosureEditionsProgress) => void): Promise<ClosureOutcome> {
  const closed = await closeEndedMonths(deps.store, deps.now?.());
  // Months closed earlier (or by another window) still get their editions, even if this closure failed.
  const editions = await completeClosureEditions(deps, onProgress);
  return { closed, editions };
}
