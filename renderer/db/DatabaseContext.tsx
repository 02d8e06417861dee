// Gives every screen the same register database; tests hand in their own.
import { createContext, useContext, type ReactNode } from 'react';
import type { RegisterDatabase } from './database';

const DatabaseContext = createContext<RegisterDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: RegisterDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): RegisterDatabase {
  const db = useContext(DatabaseContext);
  if (db === null) throw new Error('useDatabase() hors de DatabaseProvider');
  return db;
}
