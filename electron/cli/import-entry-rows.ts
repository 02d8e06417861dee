// Entries: a balance carried over from the previous register, a receipt from a supplier,
// and what a patient brings back (into quarantine).
import type { StockCompartment } from '../../shared/register/events';
import { productIdCell, type RowKind } from './import-row-kind';
import { choiceCell, expiryMonth, optional, quantityCell } from './import-values';

const COMPARTMENTS: Readonly<Record<string, StockCompartment>> = { disponible: 'dispensable', quarantaine: 'quarantine' };

export const OPENING_BALANCE_ROW: RowKind = {
  names: ['solde repris'],
  draft(input) {
    const { row } = input;
    return {
      type: 'opening.balance',
      productId: productIdCell(input),
      quantity: quantityCell(row, 'quantity'),
      compartment: choiceCell(row, 'compartment', 'stock concerné inconnu', COMPARTMENTS, 'dispensable'),
      source: row.cell('source'),
    };
  },
};

export const RECEIPT_ROW: RowKind = {
  names: ['entrée', 'réception'],
  draft(input) {
    const { row } = input;
    return {
      type: 'receipt',
      productId: productIdCell(input),
      quantity: quantityCell(row, 'quantity'),
      supplier: { name: row.cell('supplier'), address: row.cell('supplierAddress'), profession: row.cell('supplierProfession') },
      deliveryRef: row.cell('deliveryRef'),
      lot: row.cell('lot'),
      expiry: expiryMonth(row),
      ...optional('orderBookRef', row.cell('orderBookRef')),
    };
  },
};

export const PATIENT_RETURN_ROW: RowKind = {
  names: ['retour patient'],
  draft(input) {
    const { row } = input;
    return {
      type: 'patient.return',
      productId: productIdCell(input),
      quantity: quantityCell(row, 'quantity'),
      returnedBy: row.cell('returnedBy'),
      ...optional('comment', row.cell('comment')),
    };
  },
};
