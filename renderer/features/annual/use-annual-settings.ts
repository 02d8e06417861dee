// The annual declaration's settings of this register, as the main process keeps them:
// read once, shared by the reminder and the tab (a save in the tab updates the banner at
// once). Without a main process (the window opened outside the application) there are
// none, and no reminder.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { AppError } from '../../../shared/errors';
import type { AnnualSettings } from '../../../shared/jare/annual-settings';
import { mainProcess } from '../../main-process';

type Known = { state: 'loading' } | { state: 'none' } | { state: 'loaded'; settings: AnnualSettings };

const known = new Map<string, Known>();
const listeners = new Set<() => void>();
const LOADING: Known = { state: 'loading' };

function publish(registerId: string, value: Known): void {
  known.set(registerId, value);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAnnualSettings(registerId: string) {
  const current = useSyncExternalStore(subscribe, () => known.get(registerId) ?? LOADING);

  useEffect(() => {
    if (known.has(registerId)) return;
    const api = mainProcess();
    if (!api) return publish(registerId, { state: 'none' });
    known.set(registerId, LOADING);
    void api['annual:getSettings']({ registerId }).then((answer) =>
      publish(registerId, answer.ok ? { state: 'loaded', settings: answer.value } : { state: 'none' }),
    );
  }, [registerId]);

  /** Saves the settings; the refusal when the main process could not. */
  const save = useCallback(
    async (settings: AnnualSettings): Promise<AppError | null> => {
      const api = mainProcess();
      if (!api) return { code: 'ipc.unknownChannel' };
      const answer = await api['annual:setSettings']({ registerId, settings });
      if (!answer.ok) return answer.error;
      publish(registerId, { state: 'loaded', settings: answer.value });
      return null;
    },
    [registerId],
  );

  return { current, save };
}
