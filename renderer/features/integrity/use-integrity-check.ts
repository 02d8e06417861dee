// Runs the integrity check once when the register opens, and again on demand.
import { useCallback, useEffect, useState } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { mainProcess } from '../../main-process';
import { checkIntegrity, type IntegrityReport } from './check-integrity';

export function useIntegrityCheck(registerId: string, runAtStart: boolean) {
  const db = useDatabase();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [running, setRunning] = useState(false);

  const run = useCallback(async () => {
    setRunning(true);
    try {
      setReport(await checkIntegrity(db, mainProcess(), registerId, new Date()));
    } finally {
      setRunning(false);
    }
  }, [db, registerId]);

  useEffect(() => {
    if (runAtStart) void run();
  }, [run, runAtStart]);

  return { report, running, run };
}
