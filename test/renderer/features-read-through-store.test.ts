// The screens read and write the register through one interface (renderer/db/register-store.ts),
// so that a second storage can be put behind it: no file under renderer/features may
// reach IndexedDB itself. A source scan, since the compiler alone would let it through.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = join(__dirname, '../../renderer/features');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** What only renderer/db may use: Dexie itself, the database's type and modules, its tables. */
const FORBIDDEN: [string, RegExp][] = [
  ['imports Dexie', /from\s+['"]dexie(-react-hooks)?['"]/],
  ['names the database type', /\bRegisterDatabase\b/],
  ['opens the database', /\bopenRegisterDatabase\b/],
  // An allow-list: a module added to renderer/db later is outside the screens' reach until named here.
  [
    'imports a module that takes the database',
    /from\s+['"][./]*db\/(?!(register-store|DatabaseContext|RegisterClosedContext|use-register-query|use-record|record-act|dexie-store|NetworkContext)['"])[\w-]+['"]/,
  ],
  // The one door to the Dexie implementation is opening the store by name (a worker); never wrapping a database.
  ['wraps a database', /\bdexieStore\s*\(/],
  ['touches a table', /\.(events|monthlyTotals|meta|state)\s*\.\s*(where|get|add|put|bulkAdd|bulkPut|toArray|orderBy|count|each|delete|toCollection|limit)\b/],
  ['opens a transaction', /\.transaction\s*\(/],
];

function offences(source: string): string[] {
  return FORBIDDEN.filter(([, pattern]) => pattern.test(source)).map(([what]) => what);
}

describe('renderer/features', () => {
  it('reaches the register only through the store', () => {
    const found = sources(FEATURES).flatMap((file) => offences(readFileSync(file, 'utf8')).map((what) => `${relative(FEATURES, file)} ${what}`));
    expect(found).toEqual([]);
  });

  it('is scanned: the scan finds each way of reaching IndexedDB', () => {
    expect(sources(FEATURES).length).toBeGreaterThan(50);
    expect(offences("import Dexie from 'dexie';")).toEqual(['imports Dexie']);
    expect(offences("import { useLiveQuery } from 'dexie-react-hooks';")).toEqual(['imports Dexie']);
    expect(offences('function f(db: RegisterDatabase) {}')).toEqual(['names the database type']);
    expect(offences("import { listProducts } from '../../db/queries';")).toEqual(['imports a module that takes the database']);
    expect(offences('const all = await db.events.toArray();')).toEqual(['touches a table']);
    expect(offences("await db.transaction('r', db.state, () => null);")).toEqual(['opens a transaction']);
    expect(offences("import { patientDispensations } from '../../db/patient-history';")).toEqual(['imports a module that takes the database']);
    expect(offences('const store = dexieStore(db);')).toEqual(['wraps a database']);
    expect(offences("import { useStore } from '../../db/DatabaseContext';")).toEqual([]);
    expect(offences("import { openRegisterStore } from '../../db/dexie-store';")).toEqual([]);
  });
});
