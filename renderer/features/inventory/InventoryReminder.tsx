// The reminder of the annual inventory (R. 5132-36), on every screen once the last one
// (or the opening, if none) is more than 12 months old.
import { formatDay, localDay } from '../../../shared/register/dates';
import { useRegisterQuery } from '../../db/use-register-query';
import { FoldButton } from '../../components/FoldButton';
import { useFolded } from '../../components/use-folded';
import { fr } from '../../messages/fr';
import { inventoryDue, lastInventoryDay } from './record-inventory';
import './inventory.css';

export function InventoryReminder({ openedOn, onOpen }: { openedOn: string; onOpen: () => void }) {
  const last = useRegisterQuery(lastInventoryDay);
  const [folded, toggleFold] = useFolded('inventaire');
  if (last === undefined) return null;
  const due = inventoryDue(last, openedOn, localDay(new Date()));
  if (!due) return null;
  if (folded) {
    return (
      <section className="inventory-reminder banner--folded" aria-label="Inventaire annuel" role="status">
        <span>{fr.inventory.reminderShort}</span>
        <FoldButton folded onToggle={toggleFold} />
      </section>
    );
  }
  return (
    <section className="inventory-reminder" aria-label="Inventaire annuel" role="status">
      <strong>{due.since === 'opening' ? fr.inventory.reminderNone(formatDay(due.day)) : fr.inventory.reminderLast(formatDay(due.day))}</strong>
      <button type="button" className="secondary" onClick={onOpen}>
        {fr.inventory.reminderAction}
      </button>
      <FoldButton folded={false} onToggle={toggleFold} />
    </section>
  );
}
