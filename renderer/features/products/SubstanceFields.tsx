// The product's controlled substance, for the annual declaration: optional, the same
// fields on the add and the edit forms. The amount is typed in mg or µg and kept by the
// register as a whole number of µg (product-drafts.ts reads it exactly).
import { useId } from 'react';
import type { AppError } from '../../../shared/errors';
import { SUBSTANCE_UNITS } from '../../../shared/register/substance-amount';
import { TextField } from '../../components/TextField';
import type { ProductFormValues } from './product-drafts';
import { productWords } from './messages';
import { OptionalFieldset } from './OptionalFieldset';

const t = productWords.substance;

interface SubstanceFieldsProps {
  values: ProductFormValues;
  set: (field: keyof ProductFormValues) => (value: string) => void;
  error: AppError | null;
}

export function SubstanceFields({ values, set, error }: SubstanceFieldsProps) {
  return (
    <OptionalFieldset legend={t.legend} hint={t.hint}>
      <TextField name="substance.name" label={t.name} value={values['substance.name']} onChange={set('substance.name')} error={error} />
      <Choice
        name="substance.form"
        label={t.form}
        value={values['substance.form']}
        onChange={set('substance.form')}
        error={error}
        placeholder={t.chooseForm}
        options={[
          ['base', t.forms.base],
          ['sel', t.forms.sel],
        ]}
      />
      {values['substance.form'] === 'sel' ? (
        <TextField name="substance.saltName" label={t.saltName} value={values['substance.saltName']} onChange={set('substance.saltName')} error={error} />
      ) : null}
      <TextField
        name="substance.perUnit"
        label={t.perUnit(values.unit.trim())}
        value={values['substance.perUnit']}
        onChange={set('substance.perUnit')}
        error={error}
        inputMode="decimal"
      />
      <Choice
        name="substance.unit"
        label={t.amountUnit}
        value={values['substance.unit']}
        onChange={set('substance.unit')}
        error={error}
        options={SUBSTANCE_UNITS.map((unit) => [unit, unit])}
      />
    </OptionalFieldset>
  );
}

interface ChoiceProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: AppError | null;
  options: readonly (readonly [string, string])[];
  placeholder?: string;
}

/** A labelled list, marked like a text field when the register's refusal is about it. */
function Choice({ name, label, value, onChange, error, options, placeholder }: ChoiceProps) {
  const id = useId();
  const invalid = error?.field === name;
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={invalid || undefined}>
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
