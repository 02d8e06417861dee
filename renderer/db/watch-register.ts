// Live reads outside React: a service (the reserve copy's sync) hears of every change
// to the register as a screen does through useRegisterQuery, without being a component.
import { liveQuery } from 'dexie';
import type { RegisterDatabase } from './database';

/** Calls `onValue` with the query's answer now and after every change it depends on; returns the way to stop. */
export function watchRegister<T>(db: RegisterDatabase, query: (db: RegisterDatabase) => Promise<T>, onValue: (value: T) => void): () => void {
  const subscription = liveQuery(() => query(db)).subscribe({
    next: onValue,
    // A failed read is not the watcher's to report: the service's own next read will say it.
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
