import { useId, type ChangeEvent } from 'react';
import type { AppError } from '../../shared/errors';
import { DateInput } from './DateInput';

interface TextFieldProps {
  /** Matches AppError.field, so a refusal marks the field it is about. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: AppError | null;
  type?: 'text' | 'date';
  multiline?: boolean;
  required?: boolean;
  hint?: string;
  suggestions?: readonly string[];
  max?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
}

export function TextField({ name, label, value, onChange, error, type = 'text', multiline, required, hint, suggestions, max, inputMode }: TextFieldProps) {
  const id = useId();
  const invalid = error?.field === name;
  const listId = suggestions ? `${id}-suggestions` : undefined;
  const common = {
    id,
    name,
    value,
    required,
    'aria-invalid': invalid || undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {multiline ? (
        <textarea rows={2} {...common} />
      ) : type === 'date' ? (
        <DateInput {...common} onChange={onChange} max={max} />
      ) : (
        <input type={type} list={listId} max={max} inputMode={inputMode} autoComplete="off" {...common} />
      )}
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {suggestions ? (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
