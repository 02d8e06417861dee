// readJareTemplate(bytes): what ANSM's JARE workbook holds (sheets S and P: header row,
// columns recognised, pre-filled rows and units, headers not recognised), or why it
// cannot be read. The app shows it before filling; nothing is written.
import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { findSheet, templateSheet, type JareSheetName, type TemplateSheet, type TemplateSummary } from '../../shared/jare/template-model';
import { sheetGrid } from './cell-text';
import { loadJareWorkbook, type LoadedWorkbook } from './load-workbook';

export function summariseWorkbook({ workbook, checked }: LoadedWorkbook): Result<TemplateSummary, AppError> {
  const names = workbook.worksheets.map((worksheet) => worksheet.name);
  const sheets: Partial<Record<JareSheetName, TemplateSheet>> = {};
  for (const sheet of ['S', 'P'] as const) {
    const name = findSheet(names, sheet)!;
    const model = templateSheet(sheet, name, sheetGrid(workbook.getWorksheet(name)!));
    if (!model) return err(appError('jare.noHeaders', undefined, { sheet }));
    sheets[sheet] = model;
  }
  return ok({ sheetNames: names, S: sheets.S!, P: sheets.P!, externalLinks: checked.externalLinks, cells: checked.cells });
}

export async function readJareTemplate(bytes: Uint8Array): Promise<Result<TemplateSummary, AppError>> {
  const loaded = await loadJareWorkbook(bytes);
  return loaded.ok ? summariseWorkbook(loaded.value) : loaded;
}
