// Closes ended months at start-up, and again while the window stays open across the end
// of a month (checked every ten minutes).
import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { useDatabase } from '../../db/DatabaseContext';
import { closeEndedMonths } from './close-ended-months';

const CHECK_EVERY_MS = 10 * 60 * 1000;

export function useMonthlyClosure(): AppError | null {
  const db = useDatabase();
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    let running: Promise<unknown> | null = null;
    const check = () => {
      running ??= closeEndedMonths(db)
        .then((result) => setError(result.ok ? null : result.error))
        .finally(() => {
          running = null;
        });
    };
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [db]);
  return error;
}
