// Rows that move units between compartments or undo an earlier movement: the mise en
// quarantaine, and the contre-passation that reverses a movement named by its line (the
// only way units leave quarantine for the dispensable stock again: reversing the move).
import type { CorrectionReason, QuarantineReason } from '../../../../shared/register/events';
import { productIdCell, referencedRow, type RowKind } from './import-row-kind';
import { choiceCell, optional, quantityCell } from './import-values';

const QUARANTINE_REASONS: Readonly<Record<string, QuarantineReason>> = { périmé: 'expired', altéré: 'altered', autre: 'other' };
const CORRECTION_REASONS: Readonly<Record<string, CorrectionReason>> = {
  quantité: 'quantite',
  produit: 'produit',
  date: 'date',
  tiers: 'tiers',
  doublon: 'doublon',
  autre: 'autre',
};

export const QUARANTINE_ROW: RowKind = {
  names: ['mise en quarantaine'],
  produces: ['quarantine.moved'],
  steps(input) {
    const { row } = input;
    return [
      {
        type: 'quarantine.moved',
        productId: productIdCell(input),
        quantity: quantityCell(row, 'quantity'),
        ...optional('lot', row.cell('lot')),
        reason: choiceCell(row, 'reason', 'motif de mise en quarantaine inconnu', QUARANTINE_REASONS),
        ...optional('comment', row.cell('comment')),
      },
    ];
  },
};

/** The register derives the product, quantity, direction and compartment from the movement named. */
export const CORRECTION_ROW: RowKind = {
  names: ['contre-passation', 'correction'],
  produces: ['correction'],
  steps(input) {
    const { row } = input;
    const target = referencedRow(input, 'any', 'le mouvement à contre-passer');
    return [
      {
        type: 'correction',
        corrects: target.seq,
        reason: choiceCell(row, 'reason', 'motif de contre-passation inconnu', CORRECTION_REASONS),
        comment: row.cell('comment'),
      },
    ];
  },
};
