// The text of the import file as a header and rows, each row able to give the cell of a
// column by key. Refuses what is wrong with the file as a table, before any row is read.
import { parseCsv, type CsvRecord } from './import-csv';
import { IMPORT_COLUMNS, normalizeLabel, type ColumnKey } from './import-columns';
import { refuse } from './import-problem';

/** One data row: its physical line, and its cells by column, trimmed ('' when absent). */
export interface ImportRow {
  line: number;
  cell(key: ColumnKey): string;
}

export interface ImportTable {
  /** The line of the header, for what is wrong with the file as a whole. */
  headerLine: number;
  /** Data rows, blank ones excepted. */
  count: number;
  /** Each row is checked against the header as it is reached, so refusals come in file order. */
  rows: Iterable<ImportRow>;
}

const KEY_OF_HEADER = new Map<string, ColumnKey>(
  (Object.entries(IMPORT_COLUMNS) as [ColumnKey, string][]).map(([key, header]) => [normalizeLabel(header), key]),
);

export function readTable(text: string): ImportTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    refuse(
      parsed.line,
      undefined,
      parsed.reason === 'unclosedQuote'
        ? 'un champ ouvert par un guillemet " n’est jamais refermé.'
        : 'guillemet " inattendu : un champ qui contient un guillemet doit être entièrement entre guillemets, le guillemet doublé ("").',
    );
  }
  const records = parsed.records.filter((record) => record.fields.some((field) => field.trim() !== ''));
  const header = records.shift();
  if (header === undefined) refuse(1, undefined, 'le fichier est vide : la première ligne doit donner les en-têtes des colonnes.');
  const columns = readHeader(header.line, header.fields);
  return { headerLine: header.line, count: records.length, rows: rowsOf(records, columns) };
}

function* rowsOf(records: readonly CsvRecord[], columns: readonly ColumnKey[]): Generator<ImportRow> {
  for (const { line, fields } of records) {
    if (fields.length > columns.length && fields.slice(columns.length).some((field) => field.trim() !== '')) {
      refuse(line, undefined, `la ligne a ${fields.length} colonnes alors que l’en-tête en déclare ${columns.length}.`);
    }
    yield {
      line,
      cell(key) {
        const index = columns.indexOf(key);
        return index < 0 ? '' : (fields[index] ?? '').trim();
      },
    };
  }
}

/** The key of each column of the file, in the file's order. */
function readHeader(line: number, fields: readonly string[]): ColumnKey[] {
  const keys: ColumnKey[] = [];
  fields.forEach((raw, index) => {
    const label = raw.trim();
    // Spreadsheets may leave empty trailing header cells; an empty header in the middle is an error.
    if (label === '' && fields.slice(index).every((field) => field.trim() === '')) return;
    const key = KEY_OF_HEADER.get(normalizeLabel(label));
    if (key === undefined) {
      refuse(line, undefined, `colonne inconnue « ${label} » (colonne ${index + 1} de l’en-tête). Colonnes possibles : ${Object.values(IMPORT_COLUMNS).join(', ')}.`);
    }
    if (keys.includes(key)) refuse(line, key, 'cette colonne apparaît deux fois dans l’en-tête.');
    keys.push(key);
  });
  for (const key of ['type', 'date'] as const) {
    if (!keys.includes(key)) refuse(line, key, 'cette colonne obligatoire manque dans l’en-tête.');
  }
  return keys;
}
