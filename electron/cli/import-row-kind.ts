// What each kind of row of the import file must do: say the names the type column gives
// it, and turn a row into the draft the app would have built from the same form.
import type { DraftBody } from '../../shared/register/validate';
import type { ImportedRegister } from './import-register';
import type { ImportRow } from './import-table';
import { requiredCell } from './import-values';

export interface RowInput {
  row: ImportRow;
  register: ImportedRegister;
  /** The id the destination gives the register. */
  registerId: string;
}

export interface RowKind {
  /** The names of the type column, as the documentation writes them: the first is the one it lists. */
  names: readonly string[];
  draft(input: RowInput): DraftBody;
}

/** The product a movement names by its reference; '' when none is defined, which validation refuses. */
export function productIdCell({ row, register }: RowInput): string {
  return register.productIdOf(requiredCell(row, 'ref')) ?? '';
}
