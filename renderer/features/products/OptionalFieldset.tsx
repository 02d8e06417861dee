// A group of optional fields of a product, under its legend and the hint that says what
// the register does with them (or without them).
import { useId, type ReactNode } from 'react';

export function OptionalFieldset({ legend, hint, children }: { legend: string; hint: string; children: ReactNode }) {
  const hintId = useId();
  return (
    <fieldset className="substance-fields" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      <div className="grid">{children}</div>
    </fieldset>
  );
}
