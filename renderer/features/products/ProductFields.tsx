// What defines a product, the same fields on the add and the edit forms: designation,
// form, strength, unit, units per box, CIP13, then its substance and its prescribing limits.
// Once a quantity has been counted in the unit, the edit form shows the unit locked.
import { useId } from 'react';
import type { AppError } from '../../../shared/errors';
import { TextField } from '../../components/TextField';
import { productWords } from './messages';
import type { ProductFormValues } from './product-drafts';
import { LimitsFields } from './LimitsFields';
import { SubstanceFields } from './SubstanceFields';
import { FORMS, UNITS } from './suggestions';

interface ProductFieldsProps {
  values: ProductFormValues;
  set: (field: keyof ProductFormValues) => (value: string) => void;
  error: AppError | null;
  /** The unit shown but not editable, with the reason. */
  lockedUnit?: { value: string; hint: string };
}

export function ProductFields({ values, set, error, lockedUnit }: ProductFieldsProps) {
  return (
    <>
      <div className="grid">
        <TextField name="designation" label={productWords.designation} value={values.designation} onChange={set('designation')} error={error} required />
        <TextField name="form" label={productWords.form} value={values.form} onChange={set('form')} error={error} required suggestions={FORMS} />
        <TextField name="strength" label={productWords.strength} value={values.strength} onChange={set('strength')} error={error} required />
        {lockedUnit ? (
          <LockedField label={productWords.unit} value={lockedUnit.value} hint={lockedUnit.hint} />
        ) : (
          <TextField
            name="unit"
            label={productWords.unit}
            value={values.unit}
            onChange={set('unit')}
            error={error}
            required
            suggestions={UNITS}
            hint={productWords.unitHint}
          />
        )}
        <TextField name="perBox" label={productWords.perBox} value={values.perBox} onChange={set('perBox')} error={error} required inputMode="decimal" />
        <TextField name="cip13" label={productWords.cip13} value={values.cip13} onChange={set('cip13')} error={error} inputMode="numeric" />
      </div>
      <SubstanceFields values={values} set={set} error={error} />
      <LimitsFields values={values} set={set} error={error} />
    </>
  );
}

/** A field shown but not editable, with the reason on one line. */
function LockedField({ label, value, hint }: { label: string; value: string; hint: string }) {
  const id = useId();
  return (
    <div className="field field--locked">
      <label htmlFor={id}>{label}</label>
      <input id={id} name="unit" value={value} disabled readOnly aria-describedby={`${id}-hint`} />
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
