// The submit path of a form that records through its own feature function (a dossier's PV,
// an inventory, a closure step): one place keeps "saving", the refusal and what was recorded,
// so that every form shows them the same way and none can send the same act twice.
import { useCallback, useRef, useState } from 'react';
import type { AppError } from '../../shared/errors';
import type { Result } from '../../shared/result';

export interface Action {
  /**
   * Runs one act, unless one is already under way (a double click, Enter pressed twice).
   * On acceptance, the error is cleared and the success becomes what `onAccepted` returns;
   * on refusal, the error is shown and nothing else changes in the form.
   */
  run: <T>(perform: () => Promise<Result<T, AppError>>, onAccepted?: (value: T) => string | null | void) => Promise<void>;
  /** A refusal found before anything is sent (a quantity that does not read). */
  refuse: (error: AppError) => void;
  /** A success announced by a part of the form that records on its own (a cancelled dossier). */
  announce: (message: string) => void;
  saving: boolean;
  error: AppError | null;
  success: string | null;
}

export function useAction(): Action {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  // State updates land after the render; a ref sees an act under way at once.
  const running = useRef(false);

  const run = useCallback(async <T>(perform: () => Promise<Result<T, AppError>>, onAccepted?: (value: T) => string | null | void) => {
    if (running.current) return;
    running.current = true;
    setSaving(true);
    setSuccess(null);
    try {
      const result = await perform();
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      setSuccess(onAccepted?.(result.value) ?? null);
    } finally {
      running.current = false;
      setSaving(false);
    }
  }, []);

  const refuse = useCallback((refusal: AppError) => {
    setSuccess(null);
    setError(refusal);
  }, []);

  return { run, refuse, announce: setSuccess, saving, error, success };
}
