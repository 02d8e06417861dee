// Rows that describe the register rather than move stock: its opening and its products.
import type { EstablishmentKind } from '../../shared/register/events';
import { refuse } from './import-problem';
import type { RowKind } from './import-row-kind';
import { choiceCell, quantityCell, requiredCell } from './import-values';

const KINDS: Readonly<Record<string, EstablishmentKind>> = { officine: 'officine', vétérinaire: 'veterinaire' };

export const OPENING_ROW: RowKind = {
  names: ['ouverture'],
  draft({ row, register, registerId }) {
    return {
      type: 'register.opened',
      registerId,
      establishment: {
        name: row.cell('establishment'),
        address: row.cell('address'),
        // A repeated opening is refused as such by validation, whatever its nature column says.
        kind: register.kind ?? choiceCell(row, 'kind', 'nature inconnue', KINDS),
      },
      holder: { name: row.cell('holder'), orderNumber: row.cell('orderNumber') },
    };
  },
};

export const PRODUCT_ROW: RowKind = {
  names: ['produit'],
  draft({ row, register }) {
    const ref = requiredCell(row, 'ref');
    if (register.productIdOf(ref) !== undefined) {
      refuse(row.line, 'ref', `la référence « ${ref} » est déjà définie par une ligne produit précédente.`);
    }
    const cip13 = row.cell('cip13');
    return {
      type: 'product.defined',
      product: {
        designation: row.cell('designation'),
        form: row.cell('form'),
        strength: row.cell('strength'),
        unit: row.cell('unit'),
        perBox: quantityCell(row, 'perBox'),
        ...(cip13 === '' ? {} : { cip13 }),
      },
    };
  },
};
