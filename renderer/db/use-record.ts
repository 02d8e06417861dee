// The submit path shared by every form: record a draft, keep the refusal or the
// recorded event for display. A refusal writes nothing, so the form keeps its values.
import { useCallback, useState } from 'react';
import type { AppError } from '../../shared/errors';
import type { RegisterEvent } from '../../shared/register/events';
import type { Draft } from '../../shared/register/validate';
import { recordOne } from './record-act';
import { useCurrentValidator } from '../features/validators/CurrentValidator';
import { useStore } from './DatabaseContext';

export interface Recorder {
  record: (draft: Draft) => Promise<RegisterEvent | null>;
  refuse: (error: AppError) => void;
  error: AppError | null;
  recorded: RegisterEvent | null;
  saving: boolean;
}

/** Every draft recorded through a form is signed by the person chosen at the top of the window. */
export function useRecord(): Recorder {
  const store = useStore();
  const { orderNumber } = useCurrentValidator();
  const [error, setError] = useState<AppError | null>(null);
  const [recorded, setRecorded] = useState<RegisterEvent | null>(null);
  const [saving, setSaving] = useState(false);

  const record = useCallback(
    async (draft: Draft) => {
      setSaving(true);
      setRecorded(null);
      const now = new Date();
      try {
        await store.noteEntryStarted(draft.body.type, now);
        const result = await recordOne(store, orderNumber === undefined ? draft : { ...draft, validatedBy: orderNumber }, now);
        // Recorded or refused, the write door has settled the note in its own transaction.
        setError(result.ok ? null : result.error);
        setRecorded(result.ok ? result.value : null);
        return result.ok ? result.value : null;
      } catch (error) {
        // An unforeseen failure, with the window still here to show it: nothing is left to say at the next start.
        await store.settleEntry();
        throw error;
      } finally {
        setSaving(false);
      }
    },
    [store, orderNumber],
  );

  const refuse = useCallback((refusal: AppError) => {
    setRecorded(null);
    setError(refusal);
  }, []);

  return { record, refuse, error, recorded, saving };
}
