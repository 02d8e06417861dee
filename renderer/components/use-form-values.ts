import { useCallback, useState } from 'react';

/** The values of a form as one object, with a setter per field and a reset. */
export function useFormValues<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback((field: keyof T) => (value: string) => setValues((current) => ({ ...current, [field]: value })), []);
  const reset = useCallback((keep: Partial<T> = {}) => setValues({ ...initial, ...keep }), [initial]);
  return { values, set, reset };
}
