// Runs the integrity check when the register opens, and again on demand. At start, once
// the window is idle (its screens read first): what was added since the last verified
// head, then, when the schedule says so, the whole register in a worker. On demand, the
// whole register.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { checkIntegrity, type IntegrityReport, type IntegrityScope } from './check-integrity';
import { wholeCheckDue } from './whole-check-schedule';

export function useIntegrityCheck(registerId: string, runAtStart: boolean) {
  const store = useStore();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [running, setRunning] = useState(false);
  const ongoing = useRef(0);

  const check = useCallback(
    async (scope: IntegrityScope) => {
      ongoing.current += 1;
      setRunning(true);
      try {
        const done = await checkIntegrity(store, mainProcess(), registerId, new Date(), scope);
        setReport(done);
        return done;
      } finally {
        ongoing.current -= 1;
        if (ongoing.current === 0) setRunning(false);
      }
    },
    [store, registerId],
  );

  const run = useCallback(async () => {
    await check('whole');
  }, [check]);

  useEffect(() => {
    if (!runAtStart) return;
    let cancelled = false;
    const start = async () => {
      const first = await check('since');
      if (!cancelled && first.scope.kind === 'since' && (await wholeCheckDue(store, new Date()))) await check('whole');
    };
    const idle = whenIdle(() => void start());
    return () => {
      cancelled = true;
      idle();
    };
  }, [check, store, runAtStart]);

  return { report, running, run };
}

/** Calls `work` once the window is idle (or after 1 s at most); returns the cancellation. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 1_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}
