// A code or a password, typed unseen: never offered back by the browser's memory of forms.
// The personal codes, the recovery code's new code and the server's password all use it.
import { useId } from 'react';

interface SecretFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}

export function SecretField({ name, label, value, onChange, autoFocus = false }: SecretFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="password" autoComplete="off" autoFocus={autoFocus} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
