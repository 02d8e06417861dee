// Rows that seal or hand over the register: the monthly closure, the change of holder
// (cession, art. R. 5132-37 §1–2) and the definitive closure (§3–4).
import { DEPOSIT_AUTHORITIES } from '../../../../shared/register/events';
import { monthOf } from '../../../../shared/register/dates';
import { referencedRow, type RowKind } from './import-row-kind';
import { requiredCell } from './import-values';

/** Dated the last day of the month it closes: the register supplies the figures and the head. */
export const MONTH_CLOSURE_ROW: RowKind = {
  names: ['clôture du mois'],
  produces: ['month.closed'],
  steps({ operationDate }) {
    return [{ type: 'month.closed', month: monthOf(operationDate) }];
  },
};

/**
 * The buyer becomes the holder, on the contradictory inventory the row names by its line.
 * The register hands over only once that inventory's PDF, countersigned by both, exists
 * (R. 5132-37 §1): the `document` column names it (the other software's PDF or a scan),
 * and its name and SHA-256 are sealed first, as the app seals the PDF it prints.
 */
export const HOLDER_CHANGE_ROW: RowKind = {
  names: ['changement de titulaire'],
  produces: ['holder.changed', 'edition.produced'],
  steps(input) {
    const { row, register, readDocument } = input;
    const inventory = referencedRow(input, ['inventory.taken'], 'l’inventaire contradictoire de la cession');
    const document = readDocument(requiredCell(row, 'document'), row.line);
    const day = register.state.inventories.get(inventory.seq)?.event.operationDate ?? input.operationDate;
    return [
      { type: 'edition.produced', edition: 'transfer-inventory', from: day, to: day, inventory: inventory.seq, ...document },
      { type: 'holder.changed', holder: { name: row.cell('holder'), orderNumber: row.cell('orderNumber') }, inventory: inventory.seq },
    ];
  },
};

/** The authority the records are deposited with is the establishment's: ARS for an officine, DDPP for a veterinarian. */
export const CESSATION_ROW: RowKind = {
  names: ['cessation d’activité'],
  produces: ['register.closed'],
  steps({ row, register }) {
    return [
      {
        type: 'register.closed',
        reason: row.cell('reason'),
        depositedWith: { authority: DEPOSIT_AUTHORITIES[register.kind ?? 'officine'], address: row.cell('deposit') },
      },
    ];
  },
};
