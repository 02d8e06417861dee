// Turns the rows of an import file into sealed events, each decided by the register's
// own state machine (decide over the state evolve folds, import-register.ts), as the
// app decides what a person records. Pure: no clock, no file but the documents a row
// names, read through the settings; the first refused row stops everything.
import { describeError, type AppError } from '../../../../shared/errors';
import type { RegisterEvent } from '../../../../shared/register/events';
import { sealValid } from '../../../../shared/register/prepare';
import type { Draft } from '../../../../shared/register/validate';
import { COLUMN_OF_FIELD, COLUMN_OF_LINE_FIELD, normalizeLabel, type ColumnKey } from './import-columns';
import { Refused, refuse, refuseError, type ImportProblem } from './import-problem';
import { createImportedRegister, type ImportedRegister } from './import-register';
import type { DocumentReader, RowKind } from './import-row-kind';
import { ROW_KINDS } from './import-row-kinds';
import { CsvFaultError, createCsvParser } from './import-csv';
import { createTableReader, refuseCsvFault, type ImportRow } from './import-table';
import { operationDay, optional, parseFrenchDay, wordList } from './import-values';

export { describeImportProblem, type ImportProblem } from './import-problem';

export interface ImportedJournal {
  events: RegisterEvent[];
  /** Data rows read (blank rows excepted). */
  rows: number;
  products: number;
  movements: number;
}

export interface ImportSettings {
  registerId: string;
  /** Local day of the import: no operation may be dated after it. */
  today: string;
  /** The machine clock at import time, recorded on every event. */
  recordedAt: Date;
  /** Reads a document a row names (a cession's countersigned inventory); none can be read without it. */
  readDocument?: DocumentReader;
}

const KIND_OF_TYPE = new Map<string, RowKind>(ROW_KINDS.flatMap((kind) => kind.names.map((name) => [normalizeLabel(name), kind] as const)));
/** The rows that complete another (an inventory's lines), by name: the kind they complete. */
const COMPLETED_BY = new Map<string, RowKind>(ROW_KINDS.flatMap((kind) => (kind.lineNames ?? []).map((name) => [normalizeLabel(name), kind] as const)));

/** Seals rows one at a time, each event handed to `onEvent` as soon as it is sealed, so no row is kept. */
export interface JournalBuilder {
  row(row: ImportRow): void;
  /** The counts once every row is in; refuses a file with no operation. */
  end(table: { headerLine: number; count: number }): Omit<ImportedJournal, 'events'>;
}

/** A row whose completing rows are still being read. */
interface Pending {
  kind: RowKind;
  row: ImportRow;
  lines: ImportRow[];
}

export function createJournalBuilder(settings: ImportSettings, onEvent: (event: RegisterEvent) => void): JournalBuilder {
  const register = createImportedRegister();
  let events = 0;
  let pending: Pending | undefined;

  const write = (kind: RowKind, row: ImportRow, lines: readonly ImportRow[]) => {
    for (const event of importRow(kind, row, lines, register, settings)) {
      onEvent(event);
      events += 1;
    }
  };
  const flush = () => {
    if (!pending) return;
    const { kind, row, lines } = pending;
    pending = undefined;
    write(kind, row, lines);
  };

  return {
    row(row) {
      const typeText = row.cell('type');
      const completed = COMPLETED_BY.get(normalizeLabel(typeText));
      if (completed) {
        if (pending?.kind !== completed) {
          refuse(
            row.line,
            'type',
            `une ligne « ${typeText} » complète la ligne « ${completed.names[0]!} » qu’elle suit directement, ou une autre ligne « ${typeText} » de la même.`,
          );
        }
        sameDay(row, pending.row);
        pending.lines.push(row);
        return;
      }
      flush();
      const kind = KIND_OF_TYPE.get(normalizeLabel(typeText));
      if (kind === undefined) {
        refuse(row.line, 'type', `type d’opération inconnu « ${typeText} » : indiquez ${wordList(ROW_KINDS.map((known) => known.names[0]!))}.`);
      }
      if (kind.lineNames) pending = { kind, row, lines: [] };
      else write(kind, row, []);
    },
    end(table) {
      flush();
      if (events === 0) refuse(table.headerLine, undefined, 'aucune opération à importer : le fichier ne contient que la ligne d’en-tête.');
      return { rows: table.count, ...register.counts };
    },
  };
}

/** A completing row shares the date of the row it completes: its own date cell is empty or the same. */
function sameDay(line: ImportRow, head: ImportRow): void {
  const text = line.cell('date');
  if (text === '' || parseFrenchDay(text) === parseFrenchDay(head.cell('date'))) return;
  refuse(
    line.line,
    'date',
    `cette ligne complète la ligne ${head.line} et en prend la date (${head.cell('date')}) : laissez la date vide ou indiquez la même.`,
  );
}

/** The whole text at once, events kept in memory: for tests and small files. */
export function buildJournal(text: string, settings: ImportSettings): { ok: true; value: ImportedJournal } | { ok: false; problem: ImportProblem } {
  try {
    const events: RegisterEvent[] = [];
    const builder = createJournalBuilder(settings, (event) => events.push(event));
    const table = createTableReader((row) => builder.row(row));
    try {
      const parser = createCsvParser((record) => table.record(record));
      parser.push(text);
      parser.end();
    } catch (thrown) {
      if (thrown instanceof CsvFaultError) refuseCsvFault(thrown);
      throw thrown;
    }
    return { ok: true, value: { events, ...builder.end(table.end()) } };
  } catch (thrown) {
    if (thrown instanceof Refused) return { ok: false, problem: thrown.problem };
    throw thrown;
  }
}

const NO_DOCUMENT: DocumentReader = (_path, line) => refuse(line, 'document', 'cet import ne lit aucun document joint.');

/** Decides and seals the events of one row (and of the rows that complete it), in order. */
function importRow(kind: RowKind, row: ImportRow, lines: readonly ImportRow[], register: ImportedRegister, settings: ImportSettings): RegisterEvent[] {
  const operationDate = operationDay(row);
  const steps = kind.steps({ row, lines, register, registerId: settings.registerId, operationDate, readDocument: settings.readDocument ?? NO_DOCUMENT });
  // Who validated, by RPPS or Ordre number; the holder when the column is empty, as in the app.
  const signed = optional('validatedBy', row.cell('validatedBy'));
  const [main] = kind.produces;
  const sealed: RegisterEvent[] = [];
  for (const step of steps) {
    for (const body of typeof step === 'function' ? step(sealed) : [step]) {
      // The observation belongs to the row's own event, not to what the register derives from it.
      const own = body.type === main && !sealed.some((event) => event.type === main);
      const draft: Draft = { operationDate, body, ...signed, ...(own ? optional('observation', row.cell('observation')) : {}) };
      const decided = register.decide(draft, settings.today);
      if (!decided.ok) refuseDecided(decided.error, row, lines, register);
      const event = sealValid(decided.value, { head: register.head, recordedAt: settings.recordedAt });
      register.record(event);
      sealed.push(event);
      if (event.type === 'product.defined') register.bindReference(row.cell('ref'), event.productId);
    }
  }
  const written = sealed.find((event) => event.type === main);
  if (written) register.bindRow(row.line, { type: written.type, seq: written.seq, ...('dossier' in written ? { dossier: written.dossier } : {}) });
  return sealed;
}

const LINE_FIELD = /^(?:lines|items)\.(\d+)(?:\.(.+))?$/;

/** Words a refusal of the rules with the line and column that hold the field it names. */
function refuseDecided(error: AppError, row: ImportRow, lines: readonly ImportRow[], register: ImportedRegister): never {
  // A field of one inventory line or notice item is that completing row's.
  const match = error.field === undefined ? null : LINE_FIELD.exec(error.field);
  const line = match ? lines[Number(match[1])] : undefined;
  const at = line ?? row;
  const column: ColumnKey | undefined = line
    ? match?.[2] === undefined
      ? undefined
      : COLUMN_OF_LINE_FIELD[match[2]]
    : error.field === undefined
      ? undefined
      : COLUMN_OF_FIELD[error.field];
  if (error.code === 'product.unknown' && at.cell('ref') !== '' && register.productIdOf(at.cell('ref')) === undefined) {
    refuse(at.line, 'ref', `${describeError(error)} La référence « ${at.cell('ref')} » n’est définie par aucune ligne produit plus haut dans le fichier.`);
  }
  if (column === 'reference') {
    // The rules speak of order numbers; the file, of lines: the refusal gives both.
    const named = at.cell('reference');
    const target = register.rowAt(Number(named));
    if (target) refuse(at.line, column, `${describeError(error)} (La ligne ${named} du fichier est le n° d’ordre ${target.seq} du registre.)`);
  }
  // Problems without a field (missing or repeated opening) are about the row's type.
  return refuseError(at.line, error, column ?? 'type');
}
