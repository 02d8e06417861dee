// After figures are written, the results Excel cached for the formulas of sheets S and P
// (a check column, totals) are stale. They are dropped, the formulas kept as they are,
// and the workbook asks to be computed on opening: LibreOffice computes a formula that
// has no cached result, Excel honours fullCalcOnLoad. Nothing is computed here.
import type ExcelJS from 'exceljs';

export function dropStaleResults(workbook: ExcelJS.Workbook, worksheets: readonly string[]): number {
  let dropped = 0;
  for (const name of worksheets) {
    workbook.getWorksheet(name)?.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (value === null || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return;
        // exceljs' value getter hides a cached result of 0, but keeps it for writing: always reset.
        const { result: _stale, ...formula } = value as ExcelJS.CellFormulaValue;
        cell.value = formula as ExcelJS.CellValue;
        dropped += 1;
      });
    });
  }
  workbook.calcProperties.fullCalcOnLoad = true;
  return dropped;
}
