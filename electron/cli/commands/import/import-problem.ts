// How an import refuses a row: the physical line, the column at fault when there is one,
// and the sentence to fix it. A private exception stops the whole import at the first one.
import { describeError, type AppError } from '../../../../shared/errors';
import { frenchTypography } from '../../../../shared/french';
import { COLUMN_OF_FIELD, IMPORT_COLUMNS, type ColumnKey } from './import-columns';
import { encodingWording, type EncodingProblem } from './messages';

/** A refused import: the physical line, the column header when one is at fault, and why. */
export interface ImportProblem {
  line: number;
  column?: string;
  /** For a byte that is not UTF-8: the character of the line where it stands (1-based). */
  character?: number;
  message: string;
}

export class Refused {
  constructor(readonly problem: ImportProblem) {}
}

export function refuse(line: number, column: ColumnKey | undefined, message: string): never {
  throw new Refused({ line, ...(column === undefined ? {} : { column: IMPORT_COLUMNS[column] }), message: frenchTypography(message) });
}

/** The file is not UTF-8: the line and character of the first byte that is not. */
export function refuseEncoding(problem: EncodingProblem, line: number, character: number): never {
  throw new Refused({ line, character, message: frenchTypography(encodingWording(problem)) });
}

/** A refusal worded by the app: the column is the one that holds the field it names. */
export function refuseError(line: number, error: AppError, fallback: ColumnKey | undefined): never {
  const column = (error.field !== undefined ? COLUMN_OF_FIELD[error.field] : undefined) ?? fallback;
  refuse(line, column, describeError(error));
}

/** « Ligne 7, colonne « quantité » : … » — what the person must fix, and where. */
export function describeImportProblem(problem: ImportProblem): string {
  const where =
    problem.column !== undefined
      ? `Ligne ${problem.line}, colonne « ${problem.column} »`
      : problem.character !== undefined
        ? `Ligne ${problem.line}, caractère ${problem.character}`
        : `Ligne ${problem.line}`;
  const message = problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
  return frenchTypography(`${where} : ${message}`);
}
