// The report of a filled JARE template (pure), for the screen, the PDF and the command
// line: every cell written (row, column, value, unit), what could not be placed
// (lines without a row, names to confirm, figures without a column, rows without a
// unit, cells left alone because ANSM put a formula there) and the headers not
// recognised, with the totals.
import type { AnnualStatement } from './annual';
import type { CellWrite, FillPlan, MissingColumn } from './fill-plan';
import type { MatchItem, MatchOutcome, Proposal } from './matching';
import type { JareSheetName, TemplateSummary, UnrecognisedHeader } from './template-model';

export interface SkippedCell {
  write: CellWrite;
  /** 'formula': ANSM's formula is kept; 'value': the cell already held something else. */
  reason: 'formula' | 'value';
  existing: string;
}

export interface FillReport {
  year: number;
  filled: CellWrite[];
  skipped: SkippedCell[];
  unmatched: MatchItem[];
  proposals: Proposal[];
  missingColumns: MissingColumn[];
  noUnit: FillPlan['noUnit'];
  unrecognised: { sheet: JareSheetName; headers: UnrecognisedHeader[] }[];
  /** Products moved in the year that declare no substance (absent from sheet S). */
  withoutSubstance: string[];
  /** Differences the JARE columns do not hold (inventory variances, corrections…), to explain in the attachments. */
  differences: number;
  externalLinks: number;
  totals: {
    rowsFilled: Record<JareSheetName, number>;
    cellsWritten: number;
    rowsInTemplate: Record<JareSheetName, number>;
    unmatched: number;
    proposals: number;
  };
}

export function fillReport(
  statement: AnnualStatement,
  template: TemplateSummary,
  matches: MatchOutcome,
  plan: FillPlan,
  skipped: readonly SkippedCell[],
): FillReport {
  const skippedKeys = new Set(skipped.map(({ write }) => `${write.sheet}!${write.letter}${write.row}`));
  const filled = plan.writes.filter((write) => !skippedKeys.has(`${write.sheet}!${write.letter}${write.row}`));
  const rowsOf = (sheet: JareSheetName): number => new Set(filled.filter((write) => write.sheet === sheet).map((write) => write.row)).size;
  return {
    year: statement.year,
    filled,
    skipped: [...skipped],
    unmatched: matches.unmatched,
    proposals: matches.proposals,
    missingColumns: plan.missingColumns,
    noUnit: plan.noUnit,
    unrecognised: (['S', 'P'] as const).map((sheet) => ({ sheet, headers: template[sheet].unrecognised })),
    withoutSubstance: statement.withoutSubstance,
    differences: statement.differences.length,
    externalLinks: template.externalLinks,
    totals: {
      rowsFilled: { S: rowsOf('S'), P: rowsOf('P') },
      cellsWritten: filled.length,
      rowsInTemplate: { S: template.S.rows.length, P: template.P.rows.length },
      unmatched: matches.unmatched.length,
      proposals: matches.proposals.length,
    },
  };
}
