// The short closed lists of the entry forms (boxes or units, stock concerned), as radio
// buttons that carry their own refusal like the labelled fields.
import { useId } from 'react';
import type { AppError } from '../../../shared/errors';
import { FieldError } from '../../components/LabelledField';

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
    <div
      className={invalid ? 'field field--invalid' : 'field'}
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-describedby={invalid ? `${id}-error` : undefined}
    >
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
