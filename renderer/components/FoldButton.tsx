import { fr } from '../messages/fr';

/** The small button that folds a banner that is not critical, or unfolds it. */
export function FoldButton({ folded, onToggle }: { folded: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="fold-button" aria-expanded={!folded} onClick={onToggle}>
      {folded ? fr.common.unfold : fr.common.fold}
    </button>
  );
}
