// What a JARE template holds, read from its cell texts (pure): for sheets S and P, the
// header row (found by its text, not its position), the columns recognised and their
// role, the headers that are not, and every pre-filled row with its keys (NDS number,
// GTIN/CIP, CAS, name) and, in sheet S, the unit ANSM set for it.
import { columnRole, jareUnit, roleLabel, sameRole, type ColumnRole } from './template-headers';
import type { JareUnit } from './units';

export const JARE_SHEETS = ['S', 'P'] as const;
export type JareSheetName = (typeof JARE_SHEETS)[number];

/** Cell texts of one sheet: `cells[0]` is column A; formulas are given by their cached result, never evaluated. */
export interface SheetGrid {
  rows: { row: number; cells: (string | null)[] }[];
}

export interface TemplateColumn {
  /** 1 for A. */
  column: number;
  letter: string;
  header: string;
  role: ColumnRole;
}

export interface UnrecognisedHeader {
  column: number;
  letter: string;
  header: string;
}

export interface TemplateRow {
  row: number;
  name: string;
  nds?: string;
  gtin?: string;
  cas?: string;
  /** The unit cell as written. */
  unitText?: string;
  /** The unit understood from it (sheet S); absent when missing or not a mass unit. */
  unit?: JareUnit;
}

export interface TemplateSheet {
  sheet: JareSheetName;
  /** The actual sheet name in the workbook ("S", " s "…). */
  worksheet: string;
  headerRow: number;
  columns: TemplateColumn[];
  unrecognised: UnrecognisedHeader[];
  rows: TemplateRow[];
}

export interface TemplateSummary {
  sheetNames: string[];
  S: TemplateSheet;
  P: TemplateSheet;
  /** Links to other workbooks found in the file: never followed. */
  externalLinks: number;
  cells: number;
}

/** How far down the header row is looked for. */
const HEADER_SEARCH_ROWS = 40;

export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function recognise(cells: readonly (string | null)[]): { columns: TemplateColumn[]; unrecognised: UnrecognisedHeader[] } {
  const columns: TemplateColumn[] = [];
  const unrecognised: UnrecognisedHeader[] = [];
  cells.forEach((text, index) => {
    if (text === null || text.trim() === '') return;
    const column = index + 1;
    const role = columnRole(text);
    // A role met twice is ambiguous: the second is reported, never filled.
    if (role && !columns.some((known) => sameRole(known.role, role))) columns.push({ column, letter: columnLetter(column), header: text.trim(), role });
    else unrecognised.push({ column, letter: columnLetter(column), header: text.trim() });
  });
  return { columns, unrecognised };
}

/** The header row: the one among the first rows where most headers are recognised, with a name or an opening-stock column. */
export function templateSheet(sheet: JareSheetName, worksheet: string, grid: SheetGrid): TemplateSheet | null {
  let best: { row: number; found: ReturnType<typeof recognise> } | null = null;
  for (const { row, cells } of grid.rows) {
    if (row > HEADER_SEARCH_ROWS) break;
    const found = recognise(cells);
    const anchored = found.columns.some(({ role }) => role.kind === 'name' || role.kind === 'opening');
    if (anchored && found.columns.length >= 2 && (!best || found.columns.length > best.found.columns.length)) best = { row, found };
  }
  if (!best) return null;
  const at = (role: ColumnRole['kind']): number | undefined => best.found.columns.find((column) => column.role.kind === role)?.column;
  const [name, nds, gtin, cas, unit] = [at('name'), at('nds'), at('gtin'), at('cas'), at('unit')];
  const text = (cells: readonly (string | null)[], column: number | undefined): string | undefined => {
    const value = column === undefined ? undefined : cells[column - 1]?.trim();
    return value ? value : undefined;
  };
  const rows: TemplateRow[] = [];
  for (const { row, cells } of grid.rows) {
    if (row <= best.row) continue;
    const keys = { name: text(cells, name), nds: text(cells, nds), gtin: text(cells, gtin), cas: text(cells, cas), unitText: text(cells, unit) };
    if (keys.name === undefined && keys.nds === undefined && keys.gtin === undefined) continue;
    const understood = keys.unitText === undefined ? null : jareUnit(keys.unitText);
    rows.push({
      row,
      name: keys.name ?? '',
      ...(keys.nds === undefined ? {} : { nds: keys.nds }),
      ...(keys.gtin === undefined ? {} : { gtin: keys.gtin }),
      ...(keys.cas === undefined ? {} : { cas: keys.cas }),
      ...(keys.unitText === undefined ? {} : { unitText: keys.unitText }),
      ...(understood === null ? {} : { unit: understood }),
    });
  }
  return { sheet, worksheet, headerRow: best.row, columns: best.found.columns, unrecognised: best.found.unrecognised, rows };
}

/** The worksheet that plays sheet S or P: its name, trimmed, case ignored. */
export function findSheet(names: readonly string[], sheet: JareSheetName): string | undefined {
  return names.find((name) => name.trim().toUpperCase() === sheet);
}

/** "Stock au 1er janvier (H)": a column as the report names it. */
export function describeColumn(column: TemplateColumn): string {
  return `${roleLabel(column.role)} (${column.letter})`;
}
