// A labelled form control that writes the register's refusal right under itself when the
// refusal names its field (AppError.field), so the person sees what to fix where it is to
// be fixed. The movement forms (entries, exits, quarantine) are built from these.
import { useId, type ChangeEvent, type ReactNode } from 'react';
import { describeError, type AppError } from '../../shared/errors';
import type { ProductSummary } from '../db/queries';
import { fr } from '../messages/fr';
import { DateInput } from './DateInput';
import { ProductPicker } from './ProductPicker';

export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface LabelledProps {
  /** Matches AppError.field: a refusal about this name is written under this control. */
  name: string;
  label: string;
  error: AppError | null;
  required?: boolean;
  hint?: ReactNode;
  /** Wider than one column: two (a product, an address) or the whole line (free text). */
  span?: 'double' | 'row';
}

/** A labelled control, its hint, and the refusal in words when it is about this field. */
export function LabelledField({ name, label, error, required, hint, span, children }: LabelledProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const invalid = error?.field === name;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  const className = ['field', invalid ? 'field--invalid' : '', span === 'double' ? 'field--double' : '', span === 'row' ? 'field--wide' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
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

export function FieldError({ id, error }: { id: string; error: AppError }) {
  return (
    <p className="field__error" id={id} role="alert">
      {describeError(error)}
    </p>
  );
}

interface LabelledTextProps extends LabelledProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  max?: string;
  placeholder?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  suggestions?: readonly string[];
  multiline?: boolean;
}

/** A text field that carries its own refusal. */
export function LabelledText({ value, onChange, type = 'text', max, placeholder, inputMode, suggestions, multiline, ...labelled }: LabelledTextProps) {
  const listId = useId();
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value);
  return (
    <LabelledField {...labelled}>
      {(control) =>
        multiline ? (
          <textarea rows={2} value={value} onChange={change} required={labelled.required} {...control} />
        ) : type === 'date' ? (
          <DateInput value={value} onChange={onChange} max={max} required={labelled.required} {...control} />
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
              required={labelled.required}
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
    </LabelledField>
  );
}

interface LabelledProductProps {
  products: readonly ProductSummary[];
  value: string;
  onChange: (productId: string) => void;
  error: AppError | null;
  hint?: ReactNode;
  span?: LabelledProps['span'];
}

/** The product moved, chosen by typing (ProductPicker): active products only, since an inactive one can no longer move. */
export function LabelledProduct({ products, value, onChange, error, hint, span }: LabelledProductProps) {
  return (
    <LabelledField name="productId" label={fr.common.product} error={error} hint={hint} span={span} required>
      {(control) => <ProductPicker control={control} products={products} value={value} onChange={onChange} />}
    </LabelledField>
  );
}
