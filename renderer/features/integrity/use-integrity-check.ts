// Runs the integrity check once when the register opens, and again on demand.
import { useCallback, useEffect, useState } from 'react';
import { useStore } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { checkIntegrity, type IntegrityReport } from './check-integrity';

export function useIntegrityCheck(registerId: string, runAtStart: boolean) {
  const store = useStore();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [running, setRunning] = useState(false);

  const run = useCallback(async () => {
    setRunning(true);
    try {
      setReport(await checkIntegrity(store, mainProcess(), registerId, new Date()));
    } finally {
      setRunning(false);
    }
  }, [store, registerId]);

  useEffect(() => {
    if (runAtStart) void run();
  }, [run, runAtStart]);

  return { report, running, run };
}
