// The count itself: one line per product and compartment, the book stock beside what is
// counted (in units or weighed), the variance as it is typed, and its reason when there is one.
import type { AppError } from '../../../shared/errors';
import { INVENTORY_METHODS, STOCK_COMPARTMENTS, type InventoryMethod } from '../../../shared/register/events';
import { formatQuantity } from '../../../shared/register/quantity';
import { fr } from '../../messages/fr';
import { signed, typedVariance, type InventoryRow, type Typed } from './inventory-rows';

interface InventoryCountTableProps {
  rows: readonly InventoryRow[];
  valueOf: (row: InventoryRow) => Typed;
  change: (row: InventoryRow, patch: Partial<Typed>) => void;
  /** A refusal names a line by its place among all the rows (`lines.3.counted`). */
  error: AppError | null;
}

function varianceClass(difference: number | null): string {
  if (difference === null) return '';
  if (difference === 0) return 'variance--none';
  return difference < 0 ? 'variance--minus' : 'variance--plus';
}

export function InventoryCountTable({ rows, valueOf, change, error }: InventoryCountTableProps) {
  const invalid = (field: string) => error?.field === field;
  return (
    <table className="table inventory-table" aria-label={fr.inventory.tableLabel}>
      <thead>
        <tr>
          <th>{fr.inventory.product}</th>
          <th className="number">{fr.inventory.expected}</th>
          <th>{fr.inventory.method}</th>
          <th className="number">{fr.inventory.counted}</th>
          <th className="number">{fr.inventory.variance}</th>
          <th>{fr.inventory.reason}</th>
        </tr>
      </thead>
      {STOCK_COMPARTMENTS.map((compartment) => (
        <tbody key={compartment}>
          <tr className="inventory-section">
            <th colSpan={6} scope="colgroup">
              {fr.inventory.compartments[compartment]}
            </th>
          </tr>
          {rows.map((row, index) => {
            if (row.compartment !== compartment) return null;
            const value = valueOf(row);
            const difference = typedVariance(row, value);
            const { designation, form, strength, unit } = row.product;
            const where = fr.inventory.compartments[compartment];
            return (
              <tr key={row.key} className={difference ? 'has-variance' : undefined}>
                <td>
                  {designation}
                  <span className="kind-detail">{`${form}, ${strength} — ${unit}`}</span>
                </td>
                <td className="number">{formatQuantity(row.expected)}</td>
                <td>
                  <select
                    aria-label={fr.inventory.methodLabel(designation, where)}
                    value={value.method}
                    onChange={(event) => change(row, { method: event.target.value as InventoryMethod })}
                  >
                    {INVENTORY_METHODS.map((method) => (
                      <option key={method} value={method}>
                        {fr.inventory.methods[method]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="number counted">
                  <input
                    aria-label={fr.inventory.countedLabel(designation, where)}
                    inputMode="decimal"
                    autoComplete="off"
                    value={value.counted}
                    className={invalid(`lines.${index}.counted`) ? 'invalid' : undefined}
                    aria-invalid={invalid(`lines.${index}.counted`) || undefined}
                    onChange={(event) => change(row, { counted: event.target.value })}
                  />
                  <span className="unit">{value.method === 'weight' ? fr.inventory.countedIn(unit) : unit}</span>
                </td>
                <td className={`number variance ${varianceClass(difference)}`}>{difference === null ? '' : signed(difference)}</td>
                <td className="reason">
                  {difference ? (
                    <input
                      aria-label={fr.inventory.reasonLabel(designation, where)}
                      placeholder={fr.inventory.reasonPlaceholder}
                      value={value.reason}
                      className={invalid(`lines.${index}.reason`) ? 'invalid' : undefined}
                      aria-invalid={invalid(`lines.${index}.reason`) || undefined}
                      onChange={(event) => change(row, { reason: event.target.value })}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
