// The submit path shared by every form: record a draft, keep the refusal or the
// recorded event for display. A refusal writes nothing, so the form keeps its values.
import { useCallback, useState } from 'react';
import type { AppError } from '../../shared/errors';
import type { RegisterEvent } from '../../shared/register/events';
import type { Draft } from '../../shared/register/validate';
import { appendEvent } from './append-event';
import { useDatabase } from './DatabaseContext';

export interface Recorder {
  record: (draft: Draft) => Promise<RegisterEvent | null>;
  refuse: (error: AppError) => void;
  error: AppError | null;
  recorded: RegisterEvent | null;
  saving: boolean;
}

export function useRecord(): Recorder {
  const db = useDatabase();
  const [error, setError] = useState<AppError | null>(null);
  const [recorded, setRecorded] = useState<RegisterEvent | null>(null);
  const [saving, setSaving] = useState(false);

  const record = useCallback(
    async (draft: Draft) => {
      setSaving(true);
      setRecorded(null);
      try {
        const result = await appendEvent(db, draft);
        setError(result.ok ? null : result.error);
        setRecorded(result.ok ? result.value : null);
        return result.ok ? result.value : null;
      } finally {
        setSaving(false);
      }
    },
    [db],
  );

  const refuse = useCallback((refusal: AppError) => {
    setRecorded(null);
    setError(refusal);
  }, []);

  return { record, refuse, error, recorded, saving };
}
