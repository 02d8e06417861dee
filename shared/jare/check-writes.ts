// The main process applies cell writes planned in the window; it checks each against the
// template it read itself (pure): a sheet S or P, a pre-filled row, an operator column
// recognised by its header (stocks, entries, exits), an exact decimal figure, each cell
// once. Anything else — an identification column, a header row, a row ANSM did not
// write — is refused, so that no request can change what ANSM pre-filled.
import { appError, type AppError } from '../errors';
import { err, ok, type Result } from '../result';
import type { CellWrite } from './fill-plan';
import type { TemplateSummary } from './template-model';

const OPERATOR_ROLES = new Set(['opening', 'closing', 'entry', 'exit']);
export const DECIMAL = /^-?\d{1,30}(\.\d{1,15})?$/;

export function checkWrites(writes: readonly CellWrite[], template: Pick<TemplateSummary, 'S' | 'P'>): Result<null, AppError> {
  const seen = new Set<string>();
  for (const write of writes) {
    const sheet = template[write.sheet];
    const address = `${write.sheet}!${write.letter}${write.row}`;
    const refuse = (why: string): Result<null, AppError> => err(appError('jare.badWrite', undefined, { cell: address, why }));
    if (!sheet || write.worksheet !== sheet.worksheet) return refuse('feuille inconnue');
    if (!sheet.rows.some((row) => row.row === write.row)) return refuse('ligne non pré-remplie par l’ANSM');
    const column = sheet.columns.find((candidate) => candidate.column === write.column);
    if (!column || column.letter !== write.letter || !OPERATOR_ROLES.has(column.role.kind)) return refuse('colonne qui n’est pas à remplir par l’opérateur');
    if (!DECIMAL.test(write.value)) return refuse('valeur qui n’est pas un nombre décimal exact');
    if (seen.has(address)) return refuse('cellule écrite deux fois');
    seen.add(address);
  }
  return ok(null);
}
