// Where editions live on disk: one archive folder per register in the application's
// data, and its duplicate on the reserve medium next to the reserve journal.
import { join } from 'node:path';
import { requestSchemas } from '../../shared/ipc/requests';

/** `<dataFolder>/editions/<registerId>/`: the archive the journal's edition events point to. */
export function archiveFolder(dataFolder: string, registerId: string): string {
  return join(dataFolder, 'editions', registerId);
}

/** `<reserveFolder>/<registerId>.editions/`: the copy of that archive on the second medium. */
export function reserveEditionsFolder(reserveFolder: string, registerId: string): string {
  return join(reserveFolder, `${registerId}.editions`);
}

const fileNameSchema = requestSchemas['edition:open'].shape.fileName;

/** A name the window could have archived (a plain PDF name, no folder): anything else in the folder is not an edition. */
export function isEditionFileName(name: string): boolean {
  return fileNameSchema.safeParse(name).success;
}
