import { fr } from '../../messages/fr';
import { describeEditionFailure } from '../editions/produce-edition';
import type { MonthlyClosureState } from './use-monthly-closure';

/** The monthly editions being produced after a closure, or why they stopped. */
export function ClosureEditionsStatus({ closure }: { closure: MonthlyClosureState }) {
  if (closure.editing) {
    return (
      <p className="outcome edition-busy" role="status" aria-busy="true">
        <span className="spinner" aria-hidden="true" />
        {fr.editions.closureProducing(closure.editing.done, closure.editing.total)}
      </p>
    );
  }
  if (closure.editionFailure) {
    return (
      <p className="outcome outcome--error" role="alert">
        {fr.editions.closureFailed} {describeEditionFailure(closure.editionFailure)}
      </p>
    );
  }
  return null;
}
