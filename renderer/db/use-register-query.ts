// Live reads: a screen re-renders by itself when a new event is recorded. The store says
// when what a read touched has changed (register-store.ts, `watch`).
import { useObservable } from 'dexie-react-hooks';
import { useStore } from './DatabaseContext';
import type { RegisterStore } from './register-store';

/** Returns undefined while the first read is under way. */
export function useRegisterQuery<T>(query: (store: RegisterStore) => Promise<T>, deps: readonly unknown[] = []): T | undefined {
  const store = useStore();
  return useObservable(() => store.watch(() => query(store)), [store, ...deps]);
}
