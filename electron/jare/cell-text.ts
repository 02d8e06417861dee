// The text a person sees in a cell, from exceljs' value: rich text joined, a hyperlink's
// text, a formula's cached result (never evaluated here), a number as JavaScript writes
// it (a GTIN of 13 or 14 digits is exact in a double).
import type ExcelJS from 'exceljs';
import type { SheetGrid } from '../../shared/jare/template-model';

export function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? null : cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return null;
  return null;
}

/** Every row of a worksheet as texts, column A first. */
export function sheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rows: SheetGrid['rows'] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged cell repeats its master's value in exceljs: only the master counts.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      cells[column - 1] = cellText(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (text) => text ?? null) });
  });
  return { rows };
}
