// Loads an untrusted .xlsx into exceljs once checkPackage has bounded it: exceljs reads
// the repacked parts, never the user's original zip. exceljs does not evaluate formulas
// (it keeps each formula with the result Excel last cached) and does not open external
// links. Its XML parser (saxes) does not process DTDs: no external entity is loaded
// (tested in test/electron/jare/safe-package.test.ts). A workbook without sheets S and P
// is not a JARE workbook.
import ExcelJS from 'exceljs';
import { appError, type AppError } from '../../shared/errors';
import { consoleReference } from '../console-reference';
import { err, ok, type Result } from '../../shared/result';
import { findSheet, JARE_SHEETS } from '../../shared/jare/template-model';
import { checkPackage, type CheckedPackage } from './safe-package';

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  checked: CheckedPackage;
}

export async function loadJareWorkbook(bytes: Uint8Array): Promise<Result<LoadedWorkbook, AppError>> {
  const checked = checkPackage(bytes);
  if (!checked.ok) return checked;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(checked.value.bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    // exceljs and its XML parser speak English: the person gets a reference to the detail.
    return err(appError('jare.unreadable', undefined, { reference: consoleReference('lecture du classeur JARE', error) }));
  }
  const names = workbook.worksheets.map((worksheet) => worksheet.name);
  if (JARE_SHEETS.some((sheet) => findSheet(names, sheet) === undefined))
    return err(appError('jare.foreign', undefined, { sheets: names.map((name) => `« ${name} »`).join(', ') || 'aucune' }));
  return ok({ workbook, checked: checked.value });
}
