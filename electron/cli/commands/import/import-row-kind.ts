// What each kind of row of the import file must do: say the names the type column gives
// it, the events it writes, and turn a row into the drafts the app would have built from
// the same form. A few kinds are followed by rows that complete them (an inventory's
// lines, a destruction notice's items); a few write, like the app, events derived from
// the one they record (an inventory's écarts, a PV's exits from quarantine).
import type { EventType, RegisterEvent } from '../../../../shared/register/events';
import type { DraftBody } from '../../../../shared/register/validate';
import { refuse } from './import-problem';
import type { ImportedRegister, RowRecord } from './import-register';
import type { ImportRow } from './import-table';
import { requiredCell } from './import-values';

/** A file a row names (the countersigned inventory of a cession), as the chain seals it. */
export interface ImportDocument {
  fileName: string;
  sha256: string;
  size: number;
}

/** Reads a file named by a row, relative to the import file; throws Refused when it cannot. */
export type DocumentReader = (path: string, line: number) => ImportDocument;

export interface RowInput {
  row: ImportRow;
  /** The rows that complete this one, in file order (empty for most kinds). */
  lines: readonly ImportRow[];
  register: ImportedRegister;
  /** The id the destination gives the register. */
  registerId: string;
  /** The operation date of the row, already read. */
  operationDate: string;
  readDocument: DocumentReader;
}

/**
 * One step of a row: a draft, or drafts made from the events the row has sealed so far
 * (an inventory's écarts need its order number), as in the app's write door.
 */
export type Step = DraftBody | ((sealed: readonly RegisterEvent[]) => readonly DraftBody[]);

export interface RowKind {
  /** The names of the type column, as the documentation writes them: the first is the one it lists. */
  names: readonly string[];
  /**
   * The events its rows write, derived ones included. The first is the one a later row
   * names when it names this row's line.
   */
  produces: readonly [EventType, ...EventType[]];
  /** The names of the rows that complete it and follow it directly, when it has some. */
  lineNames?: readonly string[];
  steps(input: RowInput): readonly Step[];
}

/** The product a movement names by its reference; '' when none is defined, which validation refuses. */
export function productIdCell({ row, register }: Pick<RowInput, 'row' | 'register'>): string {
  return register.productIdOf(requiredCell(row, 'ref')) ?? '';
}

/**
 * The earlier row that the `ligne visée` column names by its line number, which must
 * have written one of `types` (`what` says what it must be, for the refusal). A line
 * number rather than an order number: it is what a person sees beside the row, and what
 * every refusal of the import names; the order numbers are given by the register.
 */
export function referencedRow({ row, register }: Pick<RowInput, 'row' | 'register'>, types: readonly EventType[] | 'any', what: string): RowRecord {
  const text = requiredCell(row, 'reference');
  const line = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(line))
    return refuse(row.line, 'reference', `« ${text} » n’est pas un numéro de ligne : indiquez le numéro de la ligne du fichier qui porte ${what}.`);
  if (line >= row.line)
    return refuse(
      row.line,
      'reference',
      `la ligne ${line} ne précède pas celle-ci : une ligne ne peut viser qu’une opération inscrite plus haut dans le fichier (${what}).`,
    );
  const found = register.rowAt(line);
  if (!found)
    return refuse(
      row.line,
      'reference',
      `la ligne ${line} du fichier n’inscrit aucune opération (en-tête, ligne vide, ligne complémentaire ou ligne inexistante) : indiquez la ligne qui porte ${what}.`,
    );
  if (types !== 'any' && !types.includes(found.type)) return refuse(row.line, 'reference', `la ligne ${line} du fichier n’est pas ${what}.`);
  return found;
}

/** The ANSM authorisation of an import or an export, when either of its two columns is filled. */
export function authorisationCells<K extends string>(row: ImportRow): { authorisation?: { kind: K; number: string } } {
  const kind = row.cell('authorisation');
  const number = row.cell('authorisationNumber');
  // Validation checks the kind against the list for the movement (AIS or AIP in, AES or AEP out).
  return kind === '' && number === '' ? {} : { authorisation: { kind: kind.toUpperCase() as K, number } };
}
