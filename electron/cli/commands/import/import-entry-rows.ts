// Entries: a balance carried over from the previous register, a receipt from a supplier,
// and what a patient brings back (into quarantine).
import type { ImportAuthorisationKind } from '../../../../shared/register/events';
import { authorisationCells, productIdCell, type RowKind } from './import-row-kind';
import { compartmentCell, expiryMonth, optional, quantityCell } from './import-values';

export const OPENING_BALANCE_ROW: RowKind = {
  names: ['solde repris'],
  produces: ['opening.balance'],
  steps(input) {
    const { row } = input;
    return [
      {
        type: 'opening.balance',
        productId: productIdCell(input),
        quantity: quantityCell(row, 'quantity'),
        compartment: compartmentCell(row),
        source: row.cell('source'),
      },
    ];
  },
};

export const RECEIPT_ROW: RowKind = {
  names: ['entrée', 'réception'],
  produces: ['receipt'],
  steps(input) {
    const { row } = input;
    return [
      {
        type: 'receipt',
        productId: productIdCell(input),
        quantity: quantityCell(row, 'quantity'),
        supplier: { name: row.cell('supplier'), address: row.cell('supplierAddress'), profession: row.cell('supplierProfession') },
        deliveryRef: row.cell('deliveryRef'),
        lot: row.cell('lot'),
        expiry: expiryMonth(row),
        ...optional('orderBookRef', row.cell('orderBookRef')),
        // An import from outside France, under its ANSM authorisation (AIS or AIP).
        ...authorisationCells<ImportAuthorisationKind>(row),
      },
    ];
  },
};

export const PATIENT_RETURN_ROW: RowKind = {
  names: ['retour patient'],
  produces: ['patient.return'],
  steps(input) {
    const { row } = input;
    return [
      {
        type: 'patient.return',
        productId: productIdCell(input),
        quantity: quantityCell(row, 'quantity'),
        returnedBy: row.cell('returnedBy'),
        ...optional('comment', row.cell('comment')),
      },
    ];
  },
};
