// What filling the JARE template writes, cell by cell (pure): for each matched row, the
// statement's figures in the operator columns recognised by their header, converted
// exactly into the row's own unit (sheet S: the unit ANSM set in its "Unité" cell;
// sheet P: units of intake). Only matched rows are written; a row of sheet S whose unit
// is missing or not a mass unit is left empty and reported; a figure that has no
// column in this template is reported, never put elsewhere.
import type { AnnualStatement, Flows } from './annual';
import { JARE_ENTRY_KINDS, JARE_ENTRY_LABELS, JARE_EXIT_KINDS, JARE_EXIT_LABELS } from './categories';
import type { Match, MatchOutcome } from './matching';
import type { ColumnRole } from './template-headers';
import type { JareSheetName, TemplateColumn, TemplateSummary } from './template-model';
import { exactDecimal, milliDecimal, type JareUnit } from './units';

export interface CellWrite {
  sheet: JareSheetName;
  worksheet: string;
  row: number;
  column: number;
  letter: string;
  header: string;
  itemLabel: string;
  /** Exact decimal string in `unit`. */
  value: string;
  unit: string;
}

export interface MissingColumn {
  sheet: JareSheetName;
  itemLabel: string;
  flow: string;
  value: string;
  unit: string;
}

export interface FillPlan {
  writes: CellWrite[];
  /** Non-zero figures of matched rows that no column of the template holds. */
  missingColumns: MissingColumn[];
  /** Matched rows of sheet S left empty: their unit is missing or not µg, mg, g or kg. */
  noUnit: { row: number; name: string; itemLabel: string; unitText?: string }[];
}

const FILLED_ROLES = new Set<ColumnRole['kind']>(['opening', 'closing', 'entry', 'exit']);

function figureOf<T>(flows: Flows<T>, role: ColumnRole): T | null {
  switch (role.kind) {
    case 'opening':
      return flows.opening;
    case 'closing':
      return flows.closing;
    case 'entry':
      return flows.entries[role.entry];
    case 'exit':
      return flows.exits[role.exit];
    default:
      return null;
  }
}

/** Every figure of a line with its French name, to find those without a column. */
function namedFigures<T>(flows: Flows<T>): { role: ColumnRole; label: string; value: T }[] {
  return [
    { role: { kind: 'opening' }, label: 'Stock au 1er janvier', value: flows.opening },
    ...JARE_ENTRY_KINDS.map((entry) => ({ role: { kind: 'entry', entry } as ColumnRole, label: JARE_ENTRY_LABELS[entry], value: flows.entries[entry] })),
    ...JARE_EXIT_KINDS.map((exit) => ({ role: { kind: 'exit', exit } as ColumnRole, label: JARE_EXIT_LABELS[exit], value: flows.exits[exit] })),
    { role: { kind: 'closing' }, label: 'Stock au 31 décembre', value: flows.closing },
  ];
}

const hasRole = (columns: readonly TemplateColumn[], role: ColumnRole): boolean =>
  columns.some((column) => JSON.stringify(column.role) === JSON.stringify(role));

function planRow<T>(
  match: Match,
  columns: readonly TemplateColumn[],
  worksheet: string,
  flows: Flows<T>,
  write: (value: T) => string,
  isZero: (value: T) => boolean,
  unit: string,
  plan: FillPlan,
): void {
  for (const column of columns) {
    if (!FILLED_ROLES.has(column.role.kind)) continue;
    const figure = figureOf(flows, column.role);
    if (figure === null) continue;
    plan.writes.push({
      sheet: match.item.sheet,
      worksheet,
      row: match.row.row,
      column: column.column,
      letter: column.letter,
      header: column.header,
      itemLabel: match.item.label,
      value: write(figure),
      unit,
    });
  }
  for (const { role, label, value } of namedFigures(flows)) {
    if (!isZero(value) && !hasRole(columns, role))
      plan.missingColumns.push({ sheet: match.item.sheet, itemLabel: match.item.label, flow: label, value: write(value), unit });
  }
}

export function fillPlan(statement: AnnualStatement, template: Pick<TemplateSummary, 'S' | 'P'>, matches: Pick<MatchOutcome, 'matched'>): FillPlan {
  const plan: FillPlan = { writes: [], missingColumns: [], noUnit: [] };
  for (const match of matches.matched) {
    const sheet = template[match.item.sheet];
    if (match.item.sheet === 'S') {
      const substance = statement.substances.find((candidate) => candidate.key === match.item.key);
      if (!substance) continue;
      const unit: JareUnit | undefined = match.row.unit;
      if (!unit) {
        plan.noUnit.push({
          row: match.row.row,
          name: match.row.name,
          itemLabel: match.item.label,
          ...(match.row.unitText === undefined ? {} : { unitText: match.row.unitText }),
        });
        continue;
      }
      planRow(
        match,
        sheet.columns,
        sheet.worksheet,
        substance.flows,
        (value) => exactDecimal(value, unit),
        (value) => value === 0n,
        unit,
        plan,
      );
    } else {
      const product = statement.products.find((candidate) => candidate.productId === match.item.key);
      if (!product) continue;
      planRow(match, sheet.columns, sheet.worksheet, product.flows, milliDecimal, (value) => value === 0, product.definition.unit, plan);
    }
  }
  return plan;
}
