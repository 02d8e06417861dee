// The row of choices at the top of the entries and exits screens: one movement kind at a time.
import { useId } from 'react';

interface KindChooserProps<K extends string> {
  legend: string;
  kinds: readonly K[];
  labels: Readonly<Record<K, string>>;
  value: K;
  onChange: (kind: K) => void;
}

export function KindChooser<K extends string>({ legend, kinds, labels, value, onChange }: KindChooserProps<K>) {
  const name = useId();
  return (
    <fieldset className="kind-chooser">
      <legend>{legend}</legend>
      {kinds.map((kind) => (
        <label key={kind} className={kind === value ? 'kind-chooser__option kind-chooser__option--current' : 'kind-chooser__option'}>
          <input type="radio" name={name} value={kind} checked={kind === value} onChange={() => onChange(kind)} />
          {labels[kind]}
        </label>
      ))}
    </fieldset>
  );
}
