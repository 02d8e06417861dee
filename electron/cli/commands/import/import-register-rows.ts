// Rows that describe the register rather than move stock: its opening, the
// establishment's new name or address, who may validate, and the products.
import type { EstablishmentKind, ProductDefinition, ProductSubstance } from '../../../../shared/register/events';
import { toMilli } from '../../../../shared/register/quantity';
import { parseSubstanceAmount, type SubstanceUnit } from '../../../../shared/register/substance-amount';
import { refuse, refuseError } from './import-problem';
import { productIdCell, type RowKind } from './import-row-kind';
import type { ImportRow } from './import-table';
import { choiceCell, quantityCell, requiredCell } from './import-values';

const KINDS: Readonly<Record<string, EstablishmentKind>> = { officine: 'officine', vétérinaire: 'veterinaire' };
const SUBSTANCE_FORMS: Readonly<Record<string, ProductSubstance['form']>> = { base: 'base', sel: 'sel' };
const ACTIVE: Readonly<Record<string, boolean>> = { oui: true, non: false };
/** The units of the amount of substance, as a person may type them; « mcg » and « ug » are µg. */
const SUBSTANCE_UNITS: Readonly<Record<string, SubstanceUnit>> = { mg: 'mg', µg: 'µg', μg: 'µg', ug: 'µg', mcg: 'µg' };
const SUBSTANCE_COLUMNS = ['substance', 'substanceForm', 'saltName', 'substancePerUnit'] as const;

export const OPENING_ROW: RowKind = {
  names: ['ouverture'],
  produces: ['register.opened'],
  steps({ row, register, registerId }) {
    return [
      {
        type: 'register.opened',
        registerId,
        establishment: {
          name: row.cell('establishment'),
          address: row.cell('address'),
          // A repeated opening is refused as such by validation, whatever its nature column says.
          kind: register.kind ?? choiceCell(row, 'kind', 'nature inconnue', KINDS),
        },
        holder: { name: row.cell('holder'), orderNumber: row.cell('orderNumber') },
      },
    ];
  },
};

export const ESTABLISHMENT_ROW: RowKind = {
  names: ['changement d’établissement'],
  produces: ['establishment.changed'],
  steps({ row }) {
    // The kind of an establishment never changes: an officine does not become a practice.
    return [{ type: 'establishment.changed', establishment: { name: row.cell('establishment'), address: row.cell('address') } }];
  },
};

export const AUTHORISATION_ROW: RowKind = {
  names: ['habilitation'],
  produces: ['validator.authorized'],
  steps({ row }) {
    return [{ type: 'validator.authorized', person: { name: row.cell('person'), orderNumber: row.cell('personNumber'), role: row.cell('role') } }];
  },
};

export const REVOCATION_ROW: RowKind = {
  names: ['fin d’habilitation'],
  produces: ['validator.revoked'],
  steps({ row }) {
    // The register records the person as it authorised them: the number finds them.
    return [{ type: 'validator.revoked', person: { name: row.cell('person'), orderNumber: requiredCell(row, 'personNumber') } }];
  },
};

export const PRODUCT_ROW: RowKind = {
  names: ['produit'],
  produces: ['product.defined'],
  steps({ row, register }) {
    const ref = requiredCell(row, 'ref');
    if (register.productIdOf(ref) !== undefined) {
      refuse(row.line, 'ref', `la référence « ${ref} » est déjà définie par une ligne produit précédente.`);
    }
    const cip13 = row.cell('cip13');
    const substance = substanceCells(row);
    return [
      {
        type: 'product.defined',
        product: {
          designation: row.cell('designation'),
          form: row.cell('form'),
          strength: row.cell('strength'),
          unit: row.cell('unit'),
          perBox: quantityCell(row, 'perBox'),
          ...(cip13 === '' ? {} : { cip13 }),
          ...(substance === undefined ? {} : { substance }),
        },
      },
    ];
  },
};

/**
 * The whole new definition of a product, as the app records it; a column left empty
 * keeps what the product had, so that a row says only what changed.
 */
export const PRODUCT_CHANGE_ROW: RowKind = {
  names: ['modification produit'],
  produces: ['product.changed'],
  steps(input) {
    const { row, register } = input;
    const productId = productIdCell(input);
    const current = register.state.products.get(productId)?.state;
    const was: Partial<ProductDefinition> = current?.definition ?? {};
    const keep = (key: 'designation' | 'form' | 'strength' | 'unit' | 'cip13') => row.cell(key) || was[key] || '';
    const cip13 = keep('cip13');
    const substance = substanceCells(row) ?? was.substance;
    const active = row.cell('active') === '' ? (current?.active ?? true) : choiceCell(row, 'active', 'valeur inconnue', ACTIVE);
    return [
      {
        type: 'product.changed',
        productId,
        product: {
          designation: keep('designation'),
          form: keep('form'),
          strength: keep('strength'),
          unit: keep('unit'),
          // A product the file never defined is refused as such by validation, before its columns.
          perBox: row.cell('perBox') === '' ? (was.perBox ?? toMilli(0)) : quantityCell(row, 'perBox'),
          ...(cip13 === '' ? {} : { cip13 }),
          ...(substance === undefined ? {} : { substance }),
        },
        active,
      },
    ];
  },
};

/**
 * The substance the annual declaration counts (base, or a salt it names) and how much of
 * it one unit holds, « 10 mg » or « 250 µg »; absent when its four columns are empty.
 */
function substanceCells(row: ImportRow): ProductSubstance | undefined {
  if (SUBSTANCE_COLUMNS.every((key) => row.cell(key) === '')) return undefined;
  const form = choiceCell(row, 'substanceForm', 'forme de substance inconnue', SUBSTANCE_FORMS);
  const saltName = row.cell('saltName');
  return {
    name: row.cell('substance'),
    form,
    ...(form === 'sel' ? { saltName } : {}),
    perUnit: amountPerUnit(row),
  };
}

function amountPerUnit(row: ImportRow): number {
  const text = requiredCell(row, 'substancePerUnit');
  const match = /^(.*?)\s*([a-zµμ]+)$/i.exec(text);
  const unit = match ? SUBSTANCE_UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) {
    return refuse(
      row.line,
      'substancePerUnit',
      `« ${text} » : indiquez la quantité de substance par unité suivie de son unité, mg ou µg (« 10 mg », « 0,5 mg », « 250 µg »).`,
    );
  }
  const amount = match[1]!;
  if (amount.includes('.')) refuse(row.line, 'substancePerUnit', `« ${text} » : le séparateur décimal est la virgule (0,5 mg).`);
  const parsed = parseSubstanceAmount(amount, unit);
  return parsed.ok ? parsed.value : refuseError(row.line, parsed.error, 'substancePerUnit');
}
