// "Ouvrir" and "Enregistrer sous…" for one archived edition, and what became of the last one.
import { describeError } from '../../../shared/errors';
import { fr } from '../../messages/fr';
import type { FileAction, FileOutcome } from './use-archived-file';

interface ArchivedFileActionsProps {
  file: { fileName: string; sha256: string };
  working: string | null;
  onAct: (file: { fileName: string; sha256: string }, action: FileAction) => void;
}

export function ArchivedFileActions({ file, working, onAct }: ArchivedFileActionsProps) {
  return (
    <div className="row-actions">
      <button type="button" className="link" aria-label={fr.editions.openLabel(file.fileName)} disabled={working !== null} onClick={() => onAct(file, 'open')}>
        {fr.editions.open}
      </button>
      <button
        type="button"
        className="link"
        aria-label={fr.editions.saveAsLabel(file.fileName)}
        disabled={working !== null}
        onClick={() => onAct(file, 'saveAs')}
      >
        {fr.editions.saveAs}
      </button>
    </div>
  );
}

export function ArchivedFileOutcome({ outcome }: { outcome: FileOutcome | null }) {
  if (!outcome) return null;
  return 'error' in outcome ? (
    <p className="outcome outcome--error" role="alert">
      {describeError(outcome.error)}
    </p>
  ) : (
    <p className="outcome outcome--success" role="status">
      {outcome.message}
    </p>
  );
}
