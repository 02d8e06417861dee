// Renders the working copy (shared/jare/working-copy.ts) as an .xlsx workbook with
// exceljs (decision 0007). Each sheet: the title on row 1, what the sheet is on row 2,
// the establishment on row 3, the headers on row 5 and how far each is known on row 6,
// the rows from 7, at the column letters of ANSM's workbook where the guide confirms
// them. A figure becomes a number only when a double holds it exactly; otherwise it is
// written as text, so that nothing is ever rounded on the way.
import ExcelJS from 'exceljs';
import type { EstablishmentDetails } from '../../shared/register/events';
import { COLUMN_STATUS_LABELS, type WorkingCopy } from '../../shared/jare/working-copy';
import { isExactAsNumber } from '../../shared/jare/units';
import { neutraliseFormula } from '../../shared/spreadsheet-text';

export const HEADER_ROW = 5;
export const STATUS_ROW = 6;
export const FIRST_DATA_ROW = 7;

export async function workingCopyWorkbook(copy: WorkingCopy, establishment: EstablishmentDetails, createdAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Registre des stupéfiants';
  workbook.title = copy.title;
  workbook.subject = `${establishment.name} — ${establishment.address}`;
  workbook.created = createdAt;
  workbook.modified = createdAt;

  for (const sheet of copy.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: STATUS_ROW, xSplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({ key: column.letter, width: column.width }));
    worksheet.getCell('A1').value = copy.title;
    worksheet.getCell('A1').font = { bold: true, size: 14 };
    worksheet.getCell('A2').value = sheet.description;
    worksheet.getCell('A2').font = { italic: true };
    worksheet.getCell('A3').value = neutraliseFormula(`${establishment.name} — ${establishment.address.replace(/\s*\n\s*/g, ', ')}`);
    const header = worksheet.getRow(HEADER_ROW);
    const status = worksheet.getRow(STATUS_ROW);
    sheet.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = column.header;
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4E4E4' } };
      const known = status.getCell(index + 1);
      known.value = COLUMN_STATUS_LABELS[column.status];
      known.font = { italic: true, size: 8 };
      known.alignment = { wrapText: true };
    });
    header.height = 60;
    sheet.rows.forEach((cells, offset) => {
      const row = worksheet.getRow(FIRST_DATA_ROW + offset);
      cells.forEach((cell, index) => {
        if (cell === null) return;
        const target = row.getCell(index + 1);
        // Text typed by people (names, designations) is never left to read as a formula.
        if ('text' in cell) target.value = neutraliseFormula(cell.text);
        else if (isExactAsNumber(cell.figure)) target.value = Number(cell.figure);
        else {
          target.value = cell.figure;
          target.alignment = { horizontal: 'right' };
        }
      });
    });
    sheet.notes.forEach((note, offset) => {
      worksheet.getCell(`A${FIRST_DATA_ROW + sheet.rows.length + 1 + offset}`).value = neutraliseFormula(note);
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
