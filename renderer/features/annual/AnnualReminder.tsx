// The reminder of the annual declaration, on every screen, from 1 January to the
// deadline, for an establishment that said it files the JARE: it opens the tab.
import { deadlineWords, reminderDue } from '../../../shared/jare/annual-settings';
import { localDay } from '../../../shared/register/dates';
import { FoldButton } from '../../components/FoldButton';
import { useFolded } from '../../components/use-folded';
import { t } from './messages';
import { useAnnualSettings } from './use-annual-settings';
import './annual.css';

export function AnnualReminder({ registerId, onOpen }: { registerId: string; onOpen: () => void }) {
  const { current } = useAnnualSettings(registerId);
  const [folded, toggleFold] = useFolded('declaration-annuelle');
  if (current.state !== 'loaded') return null;
  const due = reminderDue(localDay(new Date()), current.settings);
  if (!due) return null;
  if (folded) {
    return (
      <section className="annual-reminder banner--folded" aria-label={t.reminderRegion}>
        <span>{t.reminder(deadlineWords(current.settings.deadline))}</span>
        <FoldButton folded onToggle={toggleFold} />
      </section>
    );
  }
  return (
    <section className="annual-reminder" aria-label={t.reminderRegion}>
      <span>
        <strong>{t.reminder(deadlineWords(current.settings.deadline))}</strong> {t.reminderDetail(due.year, due.day)}
      </span>
      <button type="button" className="secondary" onClick={onOpen}>
        {t.reminderAction}
      </button>
      <FoldButton folded={false} onToggle={toggleFold} />
    </section>
  );
}
