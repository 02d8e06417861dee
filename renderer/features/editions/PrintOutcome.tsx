import { describeError } from '../../../shared/errors';
import { fr } from '../../messages/fr';
import { describeEditionFailure } from './produce-edition';
import type { Printer } from './use-print';

/** What became of the last edition asked for: under way, archived and opened, or why not. */
export function PrintOutcome({ printer }: { printer: Pick<Printer, 'busy' | 'outcome'> }) {
  const { busy, outcome } = printer;
  if (busy !== null) {
    return (
      <p className="outcome edition-busy" role="status" aria-busy="true">
        <span className="spinner" aria-hidden="true" />
        {fr.editions.producing}
      </p>
    );
  }
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'produced': {
      const { event, openError } = outcome.produced;
      if (openError) {
        return (
          <p className="outcome outcome--error" role="alert">
            {fr.editions.producedNotOpened(event.fileName, event.seq)} {describeError(openError)}
          </p>
        );
      }
      return (
        <p className="outcome outcome--success" role="status">
          {event.fileName.endsWith('.pdf') ? fr.editions.produced(event.fileName, event.seq) : fr.editions.producedFile(event.fileName, event.seq)}
        </p>
      );
    }
    case 'failed':
      return (
        <p className="outcome outcome--error" role="alert">
          {describeEditionFailure(outcome.failure)}
        </p>
      );
    case 'invalid':
      return outcome.message ? (
        <p className="outcome outcome--error" role="alert">
          {outcome.message}
        </p>
      ) : null;
  }
}

/** A print button that says when its edition is being produced. */
export function PrintButton({
  printer,
  name,
  label,
  onClick,
  className = 'secondary',
}: {
  printer: Pick<Printer, 'busy'>;
  name: string;
  label: string;
  onClick: () => void;
  className?: string;
}) {
  const working = printer.busy === name;
  return (
    <button type="button" className={`${className} print-button`} onClick={onClick} disabled={printer.busy !== null} aria-busy={working || undefined}>
      {working ? fr.editions.producing : label}
    </button>
  );
}
