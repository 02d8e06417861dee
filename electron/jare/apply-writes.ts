// Writes planned figures into a loaded JARE workbook and gives back the bytes of the copy.
// Only cell values change. A cell where ANSM put a formula, or that already holds another
// value, is left as it is and returned as skipped. A figure becomes a number only when a
// double gives it back exactly; otherwise it is written as text (decision 0007).
import type ExcelJS from 'exceljs';
import type { CellWrite } from '../../shared/jare/fill-plan';
import type { SkippedCell } from '../../shared/jare/fill-report';
import { isExactAsNumber } from '../../shared/jare/units';
import { neutraliseFormula } from '../../shared/spreadsheet-text';
import { cellText } from './cell-text';
import { dropStaleResults } from './stale-results';

const sameFigure = (existing: string, value: string): boolean => existing === value || (isExactAsNumber(value) && Number(existing) === Number(value));

export function applyJareWrites(workbook: ExcelJS.Workbook, writes: readonly CellWrite[], worksheets: readonly string[]): SkippedCell[] {
  const skipped: SkippedCell[] = [];
  for (const write of writes) {
    const cell = workbook.getWorksheet(write.worksheet)!.getCell(write.row, write.column);
    const value = cell.value;
    if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
      skipped.push({ write, reason: 'formula', existing: `=${'formula' in value ? value.formula : value.sharedFormula}` });
      continue;
    }
    const existing = cellText(value);
    if (existing !== null && existing.trim() !== '' && !sameFigure(existing.trim(), write.value)) {
      skipped.push({ write, reason: 'value', existing });
      continue;
    }
    // A figure that is not a number a double holds is written as inert text (never a formula).
    cell.value = isExactAsNumber(write.value) ? Number(write.value) : neutraliseFormula(write.value);
  }
  dropStaleResults(workbook, worksheets);
  return skipped;
}
