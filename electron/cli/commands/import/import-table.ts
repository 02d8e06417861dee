// The records of the import file as a header and rows, each row able to give the cell of
// a column by key. Refuses what is wrong with the file as a table (separator, header,
// number of columns, number of rows) as each record arrives, so the file is never held
// whole in memory.
import { CsvFaultError, MAX_RECORD_LENGTH, type CsvRecord } from './import-csv';
import { IMPORT_COLUMNS, normalizeLabel, type ColumnKey } from './import-columns';
import { columnCountWording, recordTooLongWording, separatorWording, tooManyRowsWording } from './messages';
import { refuse } from './import-problem';

/** Decades of any officine's register; a longer file is not a register of operations. */
export const MAX_IMPORT_ROWS = 500_000;

/** One data row: its physical line, and its cells by column, trimmed ('' when absent). */
export interface ImportRow {
  line: number;
  cell(key: ColumnKey): string;
}

export interface TableReader {
  /** The next record of the file; data rows are handed on in file order. */
  record(record: CsvRecord): void;
  /** The line of the header and the count of data rows (blank ones excepted). */
  end(): { headerLine: number; count: number };
}

const KEY_OF_HEADER = new Map<string, ColumnKey>(
  (Object.entries(IMPORT_COLUMNS) as [ColumnKey, string][]).map(([key, header]) => [normalizeLabel(header), key]),
);

export function createTableReader(onRow: (row: ImportRow) => void): TableReader {
  let header: { line: number; width: number; columns: ColumnKey[] } | undefined;
  let count = 0;
  return {
    record({ line, fields }) {
      if (fields.every((field) => field.trim() === '')) return;
      if (header === undefined) {
        header = { line, width: fields.length, columns: readHeader(line, fields) };
        return;
      }
      // Spreadsheets write every row as wide as the header: a row of another width has
      // lost or gained a separator, and every value after it would land in the wrong column.
      if (fields.length !== header.width) refuse(line, undefined, columnCountWording(fields.length, header.width));
      count += 1;
      if (count > MAX_IMPORT_ROWS) refuse(line, undefined, tooManyRowsWording(MAX_IMPORT_ROWS));
      const { columns } = header;
      onRow({
        line,
        cell(key) {
          const index = columns.indexOf(key);
          return index < 0 ? '' : (fields[index] ?? '').trim();
        },
      });
    },
    end() {
      if (header === undefined) refuse(1, undefined, 'le fichier est vide : la première ligne doit donner les en-têtes des colonnes.');
      return { headerLine: header.line, count };
    },
  };
}

/** Words a fault of the CSV notation itself. */
export function refuseCsvFault(thrown: CsvFaultError): never {
  const { line, reason } = thrown.fault;
  switch (reason) {
    case 'unclosedQuote':
      return refuse(line, undefined, 'un champ ouvert par un guillemet " n’est jamais refermé.');
    case 'strayQuote':
      return refuse(
        line,
        undefined,
        'guillemet " inattendu : un champ qui contient un guillemet doit être entièrement entre guillemets, le guillemet doublé ("").',
      );
    case 'tooLong':
      return refuse(line, undefined, recordTooLongWording(MAX_RECORD_LENGTH));
  }
}

/** The key of each column of the file, in the file's order. */
function readHeader(line: number, fields: readonly string[]): ColumnKey[] {
  const only = fields.length === 1 ? fields[0]! : '';
  if (only.includes(',')) refuse(line, undefined, separatorWording('virgule'));
  if (only.includes('\t')) refuse(line, undefined, separatorWording('tabulation'));
  const keys: ColumnKey[] = [];
  fields.forEach((raw, index) => {
    const label = raw.trim();
    // Spreadsheets may leave empty trailing header cells; an empty header in the middle is an error.
    if (label === '' && fields.slice(index).every((field) => field.trim() === '')) return;
    const key = KEY_OF_HEADER.get(normalizeLabel(label));
    if (key === undefined) {
      refuse(
        line,
        undefined,
        `colonne inconnue « ${label} » (colonne ${index + 1} de l’en-tête). Colonnes possibles : ${Object.values(IMPORT_COLUMNS).join(', ')}.`,
      );
    }
    if (keys.includes(key)) refuse(line, key, 'cette colonne apparaît deux fois dans l’en-tête.');
    keys.push(key);
  });
  for (const key of ['type', 'date'] as const) {
    if (!keys.includes(key)) refuse(line, key, 'cette colonne obligatoire manque dans l’en-tête.');
  }
  return keys;
}
