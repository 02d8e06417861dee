// Gives every screen the same register store (register-store.ts); tests hand in their own.
import { createContext, useContext, type ReactNode } from 'react';
import type { RegisterDatabase } from './database';
import { dexieStore } from './dexie-store';
import type { RegisterStore } from './register-store';

const StoreContext = createContext<RegisterStore | null>(null);

export function StoreProvider({ store, children }: { store: RegisterStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The register kept in this window's IndexedDB database. */
export function DatabaseProvider({ db, children }: { db: RegisterDatabase; children: ReactNode }) {
  return <StoreProvider store={dexieStore(db)}>{children}</StoreProvider>;
}

export function useStore(): RegisterStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useStore() hors de StoreProvider');
  return store;
}
