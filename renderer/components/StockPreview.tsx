import type { StockCompartment } from '../../shared/register/events';
import { quantityWithUnit } from '../../shared/format/quantity-with-unit';
import { addMilli, subtractMilli, type Milli } from '../../shared/register/quantity';
import { inCompartment, type StockBalance } from '../../shared/stock/movements';
import { fr } from '../messages/fr';

interface StockPreviewProps {
  stock: StockBalance;
  /** The compartment the movement takes from or puts into. */
  compartment?: StockCompartment;
  unit: string;
  /** The quantity being typed, once it reads as a valid number. */
  change: { direction: 'entry' | 'exit'; quantity: Milli } | null;
}

/** The running balance of the compartment concerned, shown before saving, as on a paper register. */
export function StockPreview({ stock, compartment = 'dispensable', unit, change }: StockPreviewProps) {
  const held = inCompartment(stock, compartment);
  const after = change && (change.direction === 'entry' ? addMilli(held, change.quantity) : subtractMilli(held, change.quantity));
  const label = compartment === 'quarantine' ? fr.common.inQuarantine : fr.common.available;
  return (
    <p className={after !== null && after < 0 ? 'stock-preview stock-preview--short' : 'stock-preview'} aria-live="polite">
      {label(quantityWithUnit(held, unit))}
      {after !== null ? <> — {fr.common.after(quantityWithUnit(after, unit))}</> : null}
    </p>
  );
}
