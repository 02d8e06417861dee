// Step 1 of the plan: the stock in quarantine, one row per lot, each chosen with the
// quantity to destroy (all that is free, unless the user types less).
import type { AppError } from '../../../shared/errors';
import { unitFor } from '../../../shared/format/quantity-with-unit';
import { formatQuantity } from '../../../shared/register/quantity';
import { t } from './messages';
import { available, type Choice, type QuarantineRow } from './quarantine-rows';

interface QuarantineChooserProps {
  rows: readonly QuarantineRow[];
  choiceOf: (row: QuarantineRow) => Choice;
  change: (row: QuarantineRow, patch: Partial<Choice>) => void;
  /** The chosen rows in order: a refusal names an item by its place among them. */
  selectedRows: readonly QuarantineRow[];
  error: AppError | null;
}

export function QuarantineChooser({ rows, choiceOf, change, selectedRows, error }: QuarantineChooserProps) {
  if (rows.length === 0) return <p className="empty">{t.nothing}</p>;
  const invalidItem = (index: number) => error?.field?.startsWith(`items.${index}`) ?? false;
  return (
    <>
      <table className="table destruction-table" aria-label={t.selectLabel}>
        <thead>
          <tr>
            <th className="row-action" />
            <th>{t.product}</th>
            <th>{t.lot}</th>
            <th className="number">{t.inQuarantine}</th>
            <th className="number">{t.toDestroy}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const choice = choiceOf(row);
            const lot = row.lot ?? t.noLot;
            const index = selectedRows.indexOf(row);
            return (
              <tr key={row.key} className={choice.selected ? 'is-selected' : undefined}>
                <td className="row-action">
                  <input
                    type="checkbox"
                    aria-label={t.selectRow(row.product.designation, lot)}
                    checked={choice.selected}
                    disabled={!choice.selected && available(row) <= 0}
                    onChange={(event) => change(row, { selected: event.target.checked })}
                  />
                </td>
                <td>
                  {row.product.designation}
                  <span className="kind-detail">{`${row.product.form}, ${row.product.strength}`}</span>
                </td>
                <td className={row.lot ? 'strong' : 'muted'}>{lot}</td>
                <td className="number">
                  {formatQuantity(row.held)} <span className="muted">{unitFor(row.held, row.product.unit)}</span>
                  {row.pending > 0 ? <span className="kind-detail">{t.pending(formatQuantity(row.pending))}</span> : null}
                </td>
                <td className="number counted">
                  <input
                    aria-label={t.quantityRow(row.product.designation, lot)}
                    inputMode="decimal"
                    autoComplete="off"
                    disabled={!choice.selected}
                    value={choice.quantity}
                    className={index >= 0 && invalidItem(index) ? 'invalid' : undefined}
                    aria-invalid={(index >= 0 && invalidItem(index)) || undefined}
                    onChange={(event) => change(row, { quantity: event.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="field__hint">{t.estimate}</p>
    </>
  );
}
