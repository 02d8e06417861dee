// The editions a package carries, read back from the archive folder: every edition the
// journal records must be there with the SHA-256 it recorded (or, failing that, its copy
// on the reserve medium with that hash); an archived file the journal does not record
// (its event was never written) is carried too, said so in the technical log.
import { join } from 'node:path';
import type { AppError } from '../../shared/errors';
import type { EditionProduced, RegisterEvent } from '../../shared/register/events';
import { err, ok, type Result } from '../../shared/result';
import { editionPartPath } from '../../shared/package/manifest';
import type { PackagePart } from '../../shared/package/build';
import { readCheckedEdition } from '../editions/archived-edition';
import { archivedNames } from '../editions/edition-handlers';
import { archiveFolder, reserveEditionsFolder } from '../editions/paths';
import { sha256Hex } from '../files/sha256';
import { loadLocalKey, type StoredKey } from '../sealing/key-store';
import { readFromMedium } from '../sealing/sealed-copy';
import { readIfPresent } from '../files/write-once';

export interface CarriedEdition {
  part: PackagePart;
  fileName: string;
  sha256: string;
  recordedBy: number | null;
  source: 'archive' | 'reserve';
  onReserve: boolean;
}

/** The copy on the reserve: sealed (decision 0043), opened with this PC's key, or clear from an earlier version. */
async function reserveCopy(reserveFolder: string | null, registerId: string, fileName: string, key: StoredKey | null): Promise<Buffer | null> {
  if (reserveFolder === null) return null;
  return readFromMedium(join(reserveEditionsFolder(reserveFolder, registerId), fileName), key).catch(() => null);
}

/**
 * `recorded`: the edition.produced events whose files must be carried; `includeUnrecorded`
 * also carries archived files no event records (the whole archive, for a hand-over).
 */
export async function carriedEditions(
  dataFolder: string,
  registerId: string,
  recorded: readonly (RegisterEvent & EditionProduced)[],
  includeUnrecorded: boolean,
  reserveFolder: string | null,
): Promise<Result<CarriedEdition[], AppError>> {
  const carried: CarriedEdition[] = [];
  const key = await loadLocalKey(dataFolder);
  const recordedNames = new Set<string>();
  for (const event of recorded) {
    if (recordedNames.has(event.fileName)) continue;
    recordedNames.add(event.fileName);
    const fromReserve = await reserveCopy(reserveFolder, registerId, event.fileName, key);
    const reserveHolds = fromReserve !== null && sha256Hex(fromReserve) === event.sha256;
    const checked = await readCheckedEdition(dataFolder, { registerId, fileName: event.fileName, sha256: event.sha256 });
    if (!checked.ok && !reserveHolds) return err(checked.error);
    const bytes = checked.ok ? checked.value.bytes : fromReserve!;
    carried.push({
      part: { path: editionPartPath(event.fileName), role: 'edition', bytes },
      fileName: event.fileName,
      sha256: event.sha256,
      recordedBy: event.seq,
      source: checked.ok ? 'archive' : 'reserve',
      onReserve: reserveHolds,
    });
  }
  if (includeUnrecorded) {
    const folder = archiveFolder(dataFolder, registerId);
    for (const fileName of await archivedNames(folder)) {
      if (recordedNames.has(fileName)) continue;
      const bytes = (await readIfPresent(join(folder, fileName)))!;
      const fromReserve = await reserveCopy(reserveFolder, registerId, fileName, key);
      carried.push({
        part: { path: editionPartPath(fileName), role: 'edition', bytes },
        fileName,
        sha256: sha256Hex(bytes),
        recordedBy: null,
        source: 'archive',
        onReserve: fromReserve?.equals(bytes) ?? false,
      });
    }
  }
  return ok(carried.sort((a, b) => a.fileName.localeCompare(b.fileName)));
}
