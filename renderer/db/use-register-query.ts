// Live reads: a screen re-renders by itself when a new event is recorded.
import { useLiveQuery } from 'dexie-react-hooks';
import type { RegisterDatabase } from './database';
import { useDatabase } from './DatabaseContext';

/** Returns undefined while the first read is under way. */
export function useRegisterQuery<T>(query: (db: RegisterDatabase) => Promise<T>, deps: readonly unknown[] = []): T | undefined {
  const db = useDatabase();
  return useLiveQuery(() => query(db), [db, ...deps]);
}
