// The controls of the entry forms. Each one writes the register's refusal right under
// itself when the refusal names its field (AppError.field), so the person sees what to
// fix where it is to be fixed.
import { useId, type ChangeEvent, type ReactNode } from 'react';
import { describeError, type AppError } from '../../../shared/errors';
import { productLabel } from '../../components/ProductSelect';
import type { ProductSummary } from '../../db/queries';
import { fr } from '../../messages/fr';

interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface EntryFieldProps {
  /** Matches AppError.field: a refusal about this name is written under this control. */
  name: string;
  label: string;
  error: AppError | null;
  required?: boolean;
  hint?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

export function EntryField({ name, label, error, required, hint, children }: EntryFieldProps) {
  const id = useId();
  const invalid = error?.field === name;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__required" aria-hidden="true"> *</span> : null}
      </label>
      {children({ id, name, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined })}
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {invalid && error ? <FieldError id={`${id}-error`} error={error} /> : null}
    </div>
  );
}

function FieldError({ id, error }: { id: string; error: AppError }) {
  return (
    <p className="entry-field__error" id={id} role="alert">
      {describeError(error)}
    </p>
  );
}

interface EntryTextFieldProps extends Omit<EntryFieldProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  max?: string;
  placeholder?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  suggestions?: readonly string[];
  multiline?: boolean;
}

export function EntryTextField({ value, onChange, type = 'text', max, placeholder, inputMode, suggestions, multiline, ...field }: EntryTextFieldProps) {
  const listId = useId();
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value);
  return (
    <EntryField {...field}>
      {(control) =>
        multiline ? (
          <textarea rows={2} value={value} onChange={change} {...control} />
        ) : (
          <>
            <input
              type={type}
              value={value}
              onChange={change}
              max={max}
              placeholder={placeholder}
              inputMode={inputMode}
              list={suggestions ? listId : undefined}
              autoComplete="off"
              required={field.required}
              {...control}
            />
            {suggestions ? (
              <datalist id={listId}>
                {suggestions.map((suggestion) => (
                  <option key={suggestion} value={suggestion} />
                ))}
              </datalist>
            ) : null}
          </>
        )
      }
    </EntryField>
  );
}

interface EntryChoicesProps<T extends string> {
  name: string;
  label: string;
  error: AppError | null;
  value: T;
  choices: readonly T[];
  labels: (choice: T) => string;
  onChange: (value: T) => void;
}

/** A short closed list, as radio buttons: every choice visible, one click. */
export function EntryChoices<T extends string>({ name, label, error, value, choices, labels, onChange }: EntryChoicesProps<T>) {
  const id = useId();
  const invalid = error?.field === name;
  return (
    <div className={invalid ? 'field field--invalid' : 'field'} role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={invalid ? `${id}-error` : undefined}>
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice} className="choice">
            <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
            {labels(choice)}
          </label>
        ))}
      </div>
      {invalid && error ? <FieldError id={`${id}-error`} error={error} /> : null}
    </div>
  );
}

interface ProductFieldProps {
  products: readonly ProductSummary[];
  value: string;
  onChange: (productId: string) => void;
  error: AppError | null;
  hint?: ReactNode;
}

/** The product moved: active products only, since an inactive one can no longer move. */
export function ProductField({ products, value, onChange, error, hint }: ProductFieldProps) {
  return (
    <EntryField name="productId" label={fr.common.product} error={error} hint={hint} required>
      {(control) => (
        <select value={value} onChange={(event) => onChange(event.target.value)} {...control}>
          <option value="">{fr.common.chooseProduct}</option>
          {products
            .filter((product) => product.active)
            .map((product) => (
              <option key={product.productId} value={product.productId}>
                {productLabel(product)}
              </option>
            ))}
        </select>
      )}
    </EntryField>
  );
}
