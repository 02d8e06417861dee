// Keeps the reserve copy in step: after every new event, every few seconds while it
// lags (the medium may come back at any moment), and when a folder is chosen.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { useStore } from '../../db/DatabaseContext';
import { useRegisterQuery } from '../../db/use-register-query';
import { mainProcess } from '../../main-process';
import { reserveSeqOf, syncReserve, type ReserveState } from './sync-reserve';

const RETRY_MS = 5_000;
const RECHECK_MS = 60_000;

export function useReserve(registerId: string) {
  const store = useStore();
  const head = useRegisterQuery((store) => store.headSeq());
  const [state, setState] = useState<ReserveState>({ kind: 'checking' });
  const [chooseError, setChooseError] = useState<AppError | null>(null);
  const lastKnownSeq = useRef<number | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const reserveReachable = useRef(false);

  const sync = useCallback(async () => {
    const api = mainProcess();
    if (!api) return;
    // One sync at a time: a second request waits for the first, then runs again.
    while (running.current) await running.current;
    const run = syncReserve(store, api, registerId, lastKnownSeq.current).then((next) => {
      // Editions archived while the medium was away are copied when it is back (and at start-up).
      if (next.kind === 'upToDate' && !reserveReachable.current) void api['edition:syncReserve']({ registerId });
      reserveReachable.current = next.kind === 'upToDate';
      lastKnownSeq.current = reserveSeqOf(next) ?? lastKnownSeq.current;
      setState(next);
    });
    running.current = run.finally(() => {
      running.current = null;
    });
    await running.current;
  }, [store, registerId]);

  useEffect(() => {
    void sync();
  }, [sync, head]);

  const upToDate = state.kind === 'upToDate';
  useEffect(() => {
    const timer = setInterval(() => void sync(), upToDate ? RECHECK_MS : RETRY_MS);
    return () => clearInterval(timer);
  }, [sync, upToDate]);

  const chooseFolder = useCallback(async () => {
    const api = mainProcess();
    if (!api) return;
    const chosen = await api['reserve:chooseFolder'](null);
    setChooseError(chosen.ok || chosen.error.code === 'reserve.cancelled' ? null : chosen.error);
    if (chosen.ok) await sync();
  }, [sync]);

  // The folder at the configured path is not the reserve medium: the person says it now is.
  const confirmMedium = useCallback(async () => {
    const api = mainProcess();
    if (!api) return;
    const confirmed = await api['reserve:confirmMedium']({ registerId });
    setChooseError(confirmed.ok ? null : confirmed.error);
    if (confirmed.ok) await sync();
  }, [registerId, sync]);

  return { state, chooseFolder, confirmMedium, chooseError };
}
