// Turns the product forms into drafts. A change always carries the whole new definition
// and whether the product is active; the rules (unit locked once the product has moved,
// CIP13 unique and valid) are in shared/register/validate-register.ts.
import type { AppError } from '../../../shared/errors';
import { localDay } from '../../../shared/register/dates';
import { LEGAL_MAX_DAYS } from '../../../shared/prescription/limits';
import type { ProductDefinition, ProductPrescriptionLimits, ProductSubstance } from '../../../shared/register/events';
import { formatQuantity, parseQuantity } from '../../../shared/register/quantity';
import { parseSubstanceAmount, substanceAmountFields } from '../../../shared/register/substance-amount';
import type { Draft } from '../../../shared/register/validate';
import { err, ok, type Result } from '../../../shared/result';
import type { ProductSummary } from '../../db/register-store';

export interface ProductFormValues extends Record<string, string> {
  designation: string;
  form: string;
  strength: string;
  unit: string;
  perBox: string;
  cip13: string;
  /** The substance, optional: keyed by the register's field names, so a refusal marks its field. */
  'substance.name': string;
  /** '' until chosen, then 'base' or 'sel'. */
  'substance.form': string;
  'substance.saltName': string;
  'substance.perUnit': string;
  /** 'mg' or 'µg': the unit the amount is typed in. */
  'substance.unit': string;
  /** The product's own limits, optional (art. R. 5132-30): whole days. */
  'prescriptionLimits.maxDays': string;
  'prescriptionLimits.fractionDays': string;
}

export const EMPTY_SUBSTANCE = { 'substance.name': '', 'substance.form': '', 'substance.saltName': '', 'substance.perUnit': '', 'substance.unit': 'mg' };

export const EMPTY_LIMITS = { 'prescriptionLimits.maxDays': '', 'prescriptionLimits.fractionDays': '' };

export const EMPTY_PRODUCT: ProductFormValues = {
  designation: '',
  form: '',
  strength: '',
  unit: '',
  perBox: '',
  cip13: '',
  ...EMPTY_SUBSTANCE,
  ...EMPTY_LIMITS,
};

/** The definition alone, without the register's id and state. */
export function definitionOf(product: ProductSummary): ProductDefinition {
  const { productId: _id, active: _active, ...definition } = product;
  return definition;
}

/** The form as it opens on an existing product. */
export function productFormValues(product: ProductSummary): ProductFormValues {
  return {
    designation: product.designation,
    form: product.form,
    strength: product.strength,
    unit: product.unit,
    // Grouping spaces are for reading; the field keeps the plain number.
    perBox: formatQuantity(product.perBox).replace(/[\s\u00a0\u202f]/g, ''),
    cip13: product.cip13 ?? '',
    ...substanceFormValues(product.substance),
    'prescriptionLimits.maxDays': product.prescriptionLimits ? String(product.prescriptionLimits.maxDays) : '',
    'prescriptionLimits.fractionDays': product.prescriptionLimits?.fractionDays === undefined ? '' : String(product.prescriptionLimits.fractionDays),
  };
}

/** Whole days as typed; anything else is handed on as not a number, for the register to refuse. */
function wholeDays(text: string): number {
  return /^\s*\d{1,3}\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The limits as typed: none when both are empty; a fraction alone keeps the general 28 days. */
function limitsFrom(values: ProductFormValues): ProductPrescriptionLimits | undefined {
  const maxDays = values['prescriptionLimits.maxDays'].trim();
  const fractionDays = values['prescriptionLimits.fractionDays'].trim();
  if (maxDays === '' && fractionDays === '') return undefined;
  return { maxDays: maxDays === '' ? LEGAL_MAX_DAYS : wholeDays(maxDays), ...(fractionDays === '' ? {} : { fractionDays: wholeDays(fractionDays) }) };
}

function substanceFormValues(substance: ProductSubstance | undefined): typeof EMPTY_SUBSTANCE {
  if (!substance) return { ...EMPTY_SUBSTANCE };
  const { amount, unit } = substanceAmountFields(substance.perUnit);
  return {
    'substance.name': substance.name,
    'substance.form': substance.form,
    'substance.saltName': substance.saltName ?? '',
    'substance.perUnit': amount,
    'substance.unit': unit,
  };
}

/**
 * The substance as typed: none when its fields are all empty; otherwise the amount read
 * exactly into µg, the rest passed as typed for the register to refuse what is missing
 * (a form left unchosen, a salt without its name).
 */
function substanceFrom(values: ProductFormValues): Result<ProductSubstance | undefined, AppError> {
  const typed = [values['substance.name'], values['substance.form'], values['substance.saltName'], values['substance.perUnit']];
  if (typed.every((value) => value.trim() === '')) return ok(undefined);
  const perUnit = parseSubstanceAmount(values['substance.perUnit'], values['substance.unit'] === 'µg' ? 'µg' : 'mg');
  if (!perUnit.ok) return perUnit;
  const form = values['substance.form'] as ProductSubstance['form'];
  return ok({ name: values['substance.name'], form, ...(form === 'sel' ? { saltName: values['substance.saltName'] } : {}), perUnit: perUnit.value });
}

function definitionFrom(values: ProductFormValues): Result<ProductDefinition, AppError> {
  const perBox = parseQuantity(values.perBox);
  if (!perBox.ok) return err({ ...perBox.error, field: 'perBox' });
  const substance = substanceFrom(values);
  if (!substance.ok) return substance;
  const limits = limitsFrom(values);
  return ok({
    designation: values.designation,
    form: values.form,
    strength: values.strength,
    unit: values.unit,
    perBox: perBox.value,
    cip13: values.cip13,
    ...(substance.value === undefined ? {} : { substance: substance.value }),
    ...(limits === undefined ? {} : { prescriptionLimits: limits }),
  });
}

export function productDefinition(values: ProductFormValues, today = localDay(new Date())): Result<Draft, AppError> {
  const product = definitionFrom(values);
  return product.ok ? ok({ operationDate: today, body: { type: 'product.defined', product: product.value } }) : product;
}

/** The edited definition; the product stays active or inactive as it is. */
export function productChange(product: ProductSummary, values: ProductFormValues, today = localDay(new Date())): Result<Draft, AppError> {
  const definition = definitionFrom(values);
  if (!definition.ok) return definition;
  return ok({ operationDate: today, body: { type: 'product.changed', productId: product.productId, product: definition.value, active: product.active } });
}

/** Deactivation or reactivation: the same definition, the other state. */
export function productActivation(product: ProductSummary, active: boolean, today = localDay(new Date())): Draft {
  return { operationDate: today, body: { type: 'product.changed', productId: product.productId, product: definitionOf(product), active } };
}
