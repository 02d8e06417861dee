// An entry validated just before the window or the machine stopped, and never recorded
// (entry-in-progress.ts): the person clicked « Enregistrer » and may believe it was kept.
// The notice stays, on every screen, until they say they have checked.
import { frenchTypography } from '../../../shared/french';
import { MOVEMENT_LABELS } from '../../../shared/register/labels';
import { formatDay, localDay } from '../../../shared/register/dates';
import { useStore } from '../../db/DatabaseContext';
import { useRegisterQuery } from '../../db/use-register-query';
import { t } from './messages';

/** The movement's own name (« Réception »), when the entry was one. */
function entryName(type: string): string | null {
  return (MOVEMENT_LABELS as Record<string, string | undefined>)[type] ?? null;
}

const TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

export function InterruptedEntryNotice() {
  const store = useStore();
  const entry = useRegisterQuery((store) => store.interruptedEntry());
  if (!entry) return null;
  const startedAt = new Date(entry.startedAt);
  return (
    <section className="closed-banner" role="alert" aria-label={t.label}>
      <strong>{frenchTypography(t.notRecorded(entryName(entry.type), formatDay(localDay(startedAt)), TIME.format(startedAt)))}</strong>{' '}
      <button type="button" className="secondary" onClick={() => void store.settleEntry()}>
        {t.checked}
      </button>
    </section>
  );
}
