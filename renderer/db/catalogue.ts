// The public medicines catalogue as last imported: the narcotic presentations only, by
// CIP13, with the day of the import. It describes medicines, not the register: a new
// import replaces it whole, in one transaction, and nothing of the register reads it.
import type { CataloguePresentation } from '../../shared/catalogue/narcotic-catalogue';
import type { RegisterDatabase } from './database';

export interface CatalogueRow extends CataloguePresentation {
  /** When the files were imported (ISO date and time). */
  importedAt: string;
}

export async function readCatalogue(db: RegisterDatabase): Promise<CatalogueRow[]> {
  return db.catalogue.toArray();
}

export async function replaceCatalogue(db: RegisterDatabase, presentations: readonly CataloguePresentation[], at: Date): Promise<void> {
  const importedAt = at.toISOString();
  await db.transaction('rw', db.catalogue, async () => {
    await db.catalogue.clear();
    await db.catalogue.bulkPut(presentations.map((presentation) => ({ ...presentation, importedAt })));
  });
}
