// The storage-layer guarantee of R. 5132-36 a): once validated, a register entry can
// never be modified. Every write to the events table goes through this middleware,
// which lets only additions through; update, put, modify, delete and clear are refused.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';

export const WRITE_ONCE_TABLES: ReadonlySet<string> = new Set(['events']);

export class WriteOnceViolation extends Error {
  override readonly name = 'WriteOnceViolation';
  constructor(table: string, operation: string) {
    super(`Écriture refusée : « ${operation} » sur ${table}, dont les enregistrements validés sont définitifs.`);
  }
}

export const writeOnceMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'writeOnce',
  create(down) {
    return {
      ...down,
      table(tableName) {
        const table = down.table(tableName);
        if (!WRITE_ONCE_TABLES.has(tableName)) return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            if (request.type !== 'add') return Promise.reject(new WriteOnceViolation(tableName, request.type));
            return table.mutate(request);
          },
        };
      },
    };
  },
};
