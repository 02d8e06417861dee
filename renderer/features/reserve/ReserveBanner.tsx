// The reserve copy, always in view: green when every event is on the second medium,
// red with the count of events not yet duplicated otherwise. It shows what the shell's
// reserve sync (reserve-sync.ts) reports; it starts nothing itself.
import { useSyncExternalStore } from 'react';
import { appError, describeError } from '../../../shared/errors';
import { missingCaseError } from '../../../shared/result';
import { FoldButton } from '../../components/FoldButton';
import { useFolded } from '../../components/use-folded';
import { fr } from '../../messages/fr';
import { RESERVE_CHECKING, type ReserveSync } from './reserve-sync';
import type { ReserveState } from './sync-reserve';

function headline(state: ReserveState): string {
  switch (state.kind) {
    case 'checking':
      return fr.reserve.checking;
    case 'upToDate':
      return fr.reserve.upToDate(state.count);
    case 'notConfigured':
      return fr.reserve.notConfigured(state.pending);
    case 'unreachable':
      return fr.reserve.unreachable(state.pending);
    case 'unknownMedium':
      return describeError(appError('reserve.mediumUnknown', undefined, { folder: state.folder }));
    case 'diverged':
      return fr.reserve.diverged(state.seq);
    case 'failed':
      return `${fr.reserve.failed} ${describeError(state.error)}`;
    default:
      throw missingCaseError(state);
  }
}

function tone(state: ReserveState): 'ok' | 'warning' | 'danger' {
  if (state.kind === 'checking') return 'warning';
  if (state.kind === 'upToDate') return state.sameDevice ? 'warning' : 'ok';
  return 'danger';
}

const timeFormat = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const NO_SUBSCRIPTION = () => () => undefined;
const checking = () => RESERVE_CHECKING;

/** `reserve` is null before the shell has started the sync, or where there is no main process. */
export function ReserveBanner({ reserve }: { reserve: ReserveSync | null }) {
  const { state, chooseError } = useSyncExternalStore(reserve?.subscribe ?? NO_SUBSCRIPTION, reserve?.view ?? checking);
  const folder = 'folder' in state ? state.folder : null;
  const repair = 'repair' in state ? state.repair : null;
  const [foldedByUser, toggleFold] = useFolded('reserve');
  // Only the all-clear folds: a reserve in trouble stays in full view.
  const foldable = tone(state) === 'ok';
  if (foldable && foldedByUser) {
    return (
      <section className="reserve reserve--ok banner--folded" aria-label="Copie de réserve" aria-live="polite">
        <span>{fr.reserve.upToDateShort}</span>
        <FoldButton folded onToggle={toggleFold} />
      </section>
    );
  }
  return (
    <section className={`reserve reserve--${tone(state)}`} aria-label="Copie de réserve" aria-live="polite">
      <div className="reserve__text">
        <strong>{headline(state)}</strong>
        {state.kind === 'upToDate' ? <span> — {fr.reserve.checkedAt(timeFormat.format(new Date(state.checkedAt)))}</span> : null}
        {folder ? <span className="reserve__folder">{fr.reserve.folder(folder)}</span> : null}
        {state.kind === 'upToDate' && state.sameDevice ? <span className="reserve__folder">{fr.reserve.sameDevice}</span> : null}
        {repair ? <span className="reserve__folder">{describeError(repair.notice)}</span> : null}
        {chooseError ? <span className="reserve__folder">{describeError(chooseError)}</span> : null}
      </div>
      {state.kind === 'unknownMedium' ? (
        <button type="button" className="secondary" onClick={() => void reserve?.confirmMedium()}>
          {fr.reserve.confirmMedium}
        </button>
      ) : null}
      <button type="button" className="secondary" onClick={() => void reserve?.chooseFolder()}>
        {folder ? fr.reserve.change : fr.reserve.choose}
      </button>
      {foldable ? <FoldButton folded={false} onToggle={toggleFold} /> : null}
    </section>
  );
}
