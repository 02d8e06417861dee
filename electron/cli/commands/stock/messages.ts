// The French table of `stock`.
import { frenchTypography } from '../../../../shared/french';
import { formatDay } from '../../../../shared/register/dates';
import { formatQuantity } from '../../../../shared/register/quantity';
import { dispensable } from '../../../../shared/stock/movements';
import type { StockReport } from './stock-on-day';

const HEADINGS = ['Désignation', 'Forme', 'Dosage', 'Solde du registre', 'Disponible', 'Quarantaine', 'Unité'] as const;
/** The columns of quantities, right-aligned. */
const FIGURES: ReadonlySet<number> = new Set([3, 4, 5]);

/**
 * A plain-text table, one product per line: the register balance, what of it can be
 * dispensed, and what waits in quarantine for destruction.
 */
export function stockReport(report: StockReport): string {
  const register = [report.establishmentName, report.registerId && `registre ${report.registerId}`].filter(Boolean).join(', ');
  const title = `Stock au ${formatDay(report.at)}${register ? ` — ${register}` : ''}`;
  if (report.rows.length === 0) return frenchTypography(`${title}\nAucun produit défini à cette date.`);
  const cells = report.rows.map((row) => [
    row.product.designation,
    row.product.form,
    row.product.strength,
    formatQuantity(row.balance.total),
    formatQuantity(dispensable(row.balance)),
    formatQuantity(row.balance.quarantine),
    row.product.unit,
  ]);
  const table = [[...HEADINGS], ...cells];
  const widths = HEADINGS.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  const lines = table.map((line) =>
    line
      .map((cell, column) => (FIGURES.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
  return `${frenchTypography(title)}\n${lines.join('\n')}`;
}
