// Version 7 keeps the public medicines catalogue as last imported, beside the register
// and apart from it: an earlier database opens with its events unchanged and no catalogue.
import { describe, expect, it } from 'vitest';
import { readCatalogue, replaceCatalogue } from '../../../renderer/db/catalogue';
import { stateRow } from '../../../renderer/db/state-row';
import type { CataloguePresentation } from '../../../shared/catalogue/narcotic-catalogue';
import { foldEvents } from '../../../shared/register/fold';
import { version4Database } from '../../fixtures/earlier-databases';
import { trackedDatabase, uniqueDatabaseName } from '../../fixtures/database';
import { closedScenarioEvents } from '../../shared/editions/scenario';

function presentation(cip13: string, designation: string): CataloguePresentation {
  return { cip13, cis: '60000001', designation, form: 'gélule', strength: '30 mg', label: 'boîte de 14 gélule(s)', conditions: ['stupéfiant'] };
}

describe('version 7 of the database: the imported catalogue', () => {
  it('opens a version 4 database with its events unchanged and an empty catalogue', async () => {
    const name = uniqueDatabaseName();
    const events = closedScenarioEvents();
    await version4Database(name, events, stateRow(foldEvents(events)));
    const db = trackedDatabase(name);
    expect(await db.events.orderBy('seq').toArray()).toEqual(events);
    expect(db.verno).toBeGreaterThanOrEqual(7); // opened by this version of the app, or a later one
    expect(await readCatalogue(db)).toEqual([]);
  });

  it('replaces the whole catalogue with each import, noting when', async () => {
    const db = trackedDatabase();
    await replaceCatalogue(db, [presentation('3400930039946', 'SKENAN'), presentation('3400934988035', 'METHADONE')], new Date('2026-03-01T10:00:00Z'));
    await replaceCatalogue(db, [presentation('3400955123453', 'DUROGESIC')], new Date('2026-04-01T10:00:00Z'));
    expect(await readCatalogue(db)).toEqual([{ ...presentation('3400955123453', 'DUROGESIC'), importedAt: '2026-04-01T10:00:00.000Z' }]);
  });
});
