// fillJareTemplate: ANSM's JARE workbook with the year's figures written in the operator
// columns of the matched rows, as the bytes of a new file, and the report of what was
// done. Only cell values change: no row is added, moved or deleted, and styles, data
// validations, formulas, merges and sheet protection are carried over by exceljs (what it
// keeps and drops is in docs/decisions/0008). A cell where ANSM put a formula, or that
// already holds another value, is left as it is and reported. A figure becomes a number
// only when a double gives it back exactly; otherwise it is written as text (decision 0007).
import { appError, type AppError } from '../../shared/errors';
import type { AnnualStatement } from '../../shared/jare/annual';
import { fillPlan } from '../../shared/jare/fill-plan';
import { fillReport, type FillReport, type SkippedCell } from '../../shared/jare/fill-report';
import { matchStatement, NO_CONFIRMED_MATCHES, type ConfirmedMatches } from '../../shared/jare/matching';
import type { TemplateSummary } from '../../shared/jare/template-model';
import { isExactAsNumber } from '../../shared/jare/units';
import { err, ok, type Result } from '../../shared/result';
import { cellText } from './cell-text';
import { loadJareWorkbook } from './load-workbook';
import { dropStaleResults } from './stale-results';
import { summariseWorkbook } from './read-template';

export interface FillRequest {
  template: Uint8Array;
  statement: AnnualStatement;
  confirmed?: ConfirmedMatches;
}

export interface FilledTemplate {
  bytes: Uint8Array;
  report: FillReport;
  template: TemplateSummary;
}

const sameFigure = (existing: string, value: string): boolean => existing === value || (isExactAsNumber(value) && Number(existing) === Number(value));

export async function fillJareTemplate(request: FillRequest): Promise<Result<FilledTemplate, AppError>> {
  const loaded = await loadJareWorkbook(request.template);
  if (!loaded.ok) return loaded;
  const summary = summariseWorkbook(loaded.value);
  if (!summary.ok) return summary;
  const template = summary.value;
  const matches = matchStatement(request.statement, template, request.confirmed ?? NO_CONFIRMED_MATCHES);
  const plan = fillPlan(request.statement, template, matches);

  const { workbook } = loaded.value;
  const skipped: SkippedCell[] = [];
  for (const write of plan.writes) {
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
    cell.value = isExactAsNumber(write.value) ? Number(write.value) : write.value;
  }

  dropStaleResults(workbook, [template.S.worksheet, template.P.worksheet]);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  } catch (error) {
    return err(appError('jare.unreadable', undefined, { detail: error instanceof Error ? error.message.slice(0, 120) : String(error) }));
  }
  return ok({ bytes, report: fillReport(request.statement, template, matches, plan, skipped), template });
}
