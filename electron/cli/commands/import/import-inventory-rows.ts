// The inventory (art. R. 5132-36): an `inventaire` row, then one `ligne d’inventaire` row
// per product and compartment counted, directly below it. As in the app, the register
// supplies what it expected and writes one écart d'inventaire per line whose count
// differs, naming the inventory, right after it: écarts are never typed by hand, so that
// they are always exactly what the inventory counted.
import type { InventoryMethod, Practitioner } from '../../../../shared/register/events';
import { adjustmentDrafts, parseCount, type InventoryLineDraft } from '../../../../shared/register/validate-inventory';
import type { Milli } from '../../../../shared/register/quantity';
import { refuse, refuseError } from './import-problem';
import { productIdCell, type RowKind } from './import-row-kind';
import type { ImportRow } from './import-table';
import { choiceCell, compartmentCell, optional } from './import-values';
import { decimalPointWording } from './messages';

const METHODS: Readonly<Record<string, InventoryMethod>> = { décompte: 'count', pesée: 'weight' };

export const INVENTORY_ROW: RowKind = {
  names: ['inventaire'],
  produces: ['inventory.taken', 'inventory.adjustment'],
  lineNames: ['ligne d’inventaire'],
  steps({ row, lines, register }) {
    const counted = lines.map((line): InventoryLineDraft => ({
      productId: productIdCell({ row: line, register }),
      compartment: compartmentCell(line),
      counted: countCell(line),
      method: choiceCell(line, 'method', 'méthode inconnue', METHODS, 'count'),
      ...optional('reason', line.cell('reason')),
    }));
    return [
      { type: 'inventory.taken', lines: counted, countedBy: row.cell('countedBy'), ...counterParty(row) },
      (sealed) => (sealed[0] ? adjustmentDrafts(sealed[0]) : []),
    ];
  },
};

/** The buyer present at a cession's contradictory inventory, when either column is filled. */
function counterParty(row: ImportRow): { counterParty?: Practitioner } {
  const name = row.cell('counterParty');
  const orderNumber = row.cell('counterPartyNumber');
  return name === '' && orderNumber === '' ? {} : { counterParty: { name, orderNumber } };
}

/** What was found, in the product's unit: an empty shelf counts 0. */
function countCell(row: ImportRow): Milli {
  const text = row.cell('quantity');
  if (text.includes('.')) refuse(row.line, 'quantity', decimalPointWording(text));
  const parsed = parseCount(text);
  return parsed.ok ? parsed.value : refuseError(row.line, parsed.error, 'quantity');
}
