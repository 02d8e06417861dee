// A quantity and its unit of intake as a sentence reads them: "28 gélules",
// "1,5 gélule", "0,35 mL", "boîte de 14 gélules". Only the display changes: the
// quantity stays the exact integer of thousandths that the register stores.
import { formatQuantity, MILLI_PER_UNIT, type Milli } from '../register/quantity';
import { pluralForm } from './plural';
import { unitPlural } from './unit-plural';

/** The unit in the form that agrees with this quantity (thousandths): "gélule" for 1,5, "gélules" for 2. */
export function unitFor(quantity: Milli, unit: string): string {
  // A decimal is enough here: the plural rule only looks at the whole part and the
  // presence of decimals, and the value is never stored.
  return pluralForm(Math.abs(quantity) / MILLI_PER_UNIT, unit, unitPlural(unit));
}

/** "28 gélules", "1 234 comprimés", "0,5 mL". */
export function quantityWithUnit(quantity: Milli, unit: string): string {
  return `${formatQuantity(quantity)} ${unitFor(quantity, unit)}`.trimEnd();
}

/** "boîte de 14 gélules": how a product's box is described on a notice or an inventory. */
export function boxOf(perBox: Milli, unit: string): string {
  return `boîte de ${quantityWithUnit(perBox, unit)}`;
}
