// Turns the rows of an import file into sealed events, each through the same validation
// as the app (prepareEvent over a DraftContext gathered here in memory instead of from
// IndexedDB). Pure: no file, no clock; the first refused row stops everything.
import { describeError } from '../../shared/errors';
import type { RegisterEvent } from '../../shared/register/events';
import { prepareEvent } from '../../shared/register/prepare';
import type { Draft } from '../../shared/register/validate';
import { normalizeLabel } from './import-columns';
import { ADMINISTRATION_ROW, DISPENSATION_ROW, VET_DISPENSING_ROW } from './import-exit-rows';
import { OPENING_BALANCE_ROW, PATIENT_RETURN_ROW, RECEIPT_ROW } from './import-entry-rows';
import { Refused, refuse, refuseError, type ImportProblem } from './import-problem';
import { OPENING_ROW, PRODUCT_ROW } from './import-register-rows';
import { createImportedRegister, type ImportedRegister } from './import-register';
import type { RowKind } from './import-row-kind';
import { CsvFaultError, createCsvParser } from './import-csv';
import { createTableReader, refuseCsvFault, type ImportRow } from './import-table';
import { operationDay, optional, wordList } from './import-values';

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
}

/** Every kind of row, in the order the documentation lists them. */
const ROW_KINDS: readonly RowKind[] = [
  OPENING_ROW,
  PRODUCT_ROW,
  OPENING_BALANCE_ROW,
  RECEIPT_ROW,
  PATIENT_RETURN_ROW,
  DISPENSATION_ROW,
  ADMINISTRATION_ROW,
  VET_DISPENSING_ROW,
];

const KIND_OF_TYPE = new Map<string, RowKind>(ROW_KINDS.flatMap((kind) => kind.names.map((name) => [normalizeLabel(name), kind] as const)));

/** Seals rows one at a time, each handed to `onEvent` as soon as it is sealed, so no row is kept. */
export interface JournalBuilder {
  row(row: ImportRow): void;
  /** The counts once every row is in; refuses a file with no operation. */
  end(table: { headerLine: number; count: number }): Omit<ImportedJournal, 'events'>;
}

export function createJournalBuilder(settings: ImportSettings, onEvent: (event: RegisterEvent) => void): JournalBuilder {
  const register = createImportedRegister();
  let events = 0;
  return {
    row(row) {
      const event = importRow(row, register, settings);
      onEvent(event);
      register.record(event, row.cell('ref'));
      events += 1;
    },
    end(table) {
      if (events === 0) refuse(table.headerLine, undefined, 'aucune opération à importer : le fichier ne contient que la ligne d’en-tête.');
      return { rows: table.count, ...register.counts };
    },
  };
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

function importRow(row: ImportRow, register: ImportedRegister, settings: ImportSettings): RegisterEvent {
  const typeText = row.cell('type');
  const kind = KIND_OF_TYPE.get(normalizeLabel(typeText));
  if (kind === undefined) {
    refuse(row.line, 'type', `type d’opération inconnu « ${typeText} » : indiquez ${wordList(ROW_KINDS.map((known) => known.names[0]!))}.`);
  }
  const operationDate = operationDay(row);
  const body = kind.draft({ row, register, registerId: settings.registerId });
  // The holder validates every imported row: no validatedBy, as in the app before anyone else is authorised.
  const draft: Draft = { operationDate, body, ...optional('observation', row.cell('observation')) };
  const prepared = prepareEvent(draft, register.contextFor(body, settings.today), { head: register.head, recordedAt: settings.recordedAt });
  if (prepared.ok) return prepared.value;
  const { error } = prepared;
  if (error.code === 'product.unknown') {
    refuse(row.line, 'ref', `${describeError(error)} La référence « ${row.cell('ref')} » n’est définie par aucune ligne produit plus haut dans le fichier.`);
  }
  // Problems without a field (missing or repeated opening) are about the row's type.
  return refuseError(row.line, error, 'type');
}
