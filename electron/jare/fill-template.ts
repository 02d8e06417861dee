// fillJareTemplate: ANSM's JARE workbook with the year's figures written in the operator
// columns of the matched rows, as the bytes of a new file, and the report of what was
// done. No row is added, moved or deleted; styles, data validations, formulas, merges and
// sheet protection are carried over by exceljs (what it keeps and drops: decision 0008).
import { appError, type AppError } from '../../shared/errors';
import { consoleReference } from '../console-reference';
import type { AnnualStatement } from '../../shared/jare/annual';
import { fillPlan } from '../../shared/jare/fill-plan';
import { fillReport, type FillReport } from '../../shared/jare/fill-report';
import { matchStatement, NO_CONFIRMED_MATCHES, type ConfirmedMatches } from '../../shared/jare/matching';
import type { TemplateSummary } from '../../shared/jare/template-model';
import { err, ok, type Result } from '../../shared/result';
import type ExcelJS from 'exceljs';
import { applyJareWrites } from './apply-writes';
import { loadJareWorkbook } from './load-workbook';
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

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Result<Uint8Array, AppError>> {
  try {
    return ok(new Uint8Array(await workbook.xlsx.writeBuffer()));
  } catch (error) {
    return err(appError('jare.unreadable', undefined, { reference: consoleReference('écriture du classeur JARE', error) }));
  }
}

export async function fillJareTemplate(request: FillRequest): Promise<Result<FilledTemplate, AppError>> {
  const loaded = await loadJareWorkbook(request.template);
  if (!loaded.ok) return loaded;
  const summary = summariseWorkbook(loaded.value);
  if (!summary.ok) return summary;
  const template = summary.value;
  const matches = matchStatement(request.statement, template, request.confirmed ?? NO_CONFIRMED_MATCHES);
  const plan = fillPlan(request.statement, template, matches);
  const skipped = applyJareWrites(loaded.value.workbook, plan.writes, [template.S.worksheet, template.P.worksheet]);
  const bytes = await workbookBytes(loaded.value.workbook);
  if (!bytes.ok) return bytes;
  return ok({ bytes: bytes.value, report: fillReport(request.statement, template, matches, plan, skipped), template });
}
