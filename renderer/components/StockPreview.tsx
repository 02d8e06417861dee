import { formatQuantity, subtractMilli, addMilli, type Milli } from '../../shared/register/quantity';
import { fr } from '../messages/fr';

interface StockPreviewProps {
  available: Milli;
  unit: string;
  /** The quantity being typed, once it reads as a valid number. */
  change: { direction: 'entry' | 'exit'; quantity: Milli } | null;
}

/** The running balance, shown before saving, as on a paper register. */
export function StockPreview({ available, unit, change }: StockPreviewProps) {
  const after = change && (change.direction === 'entry' ? addMilli(available, change.quantity) : subtractMilli(available, change.quantity));
  return (
    <p className={after !== null && after < 0 ? 'stock-preview stock-preview--short' : 'stock-preview'} aria-live="polite">
      {fr.common.available(formatQuantity(available), unit)}
      {after !== null ? <> — {fr.common.after(formatQuantity(after), unit)}</> : null}
    </p>
  );
}
