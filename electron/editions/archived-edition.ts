// An archived edition read back for use: it must still be there and still have the
// SHA-256 the journal recorded when it was produced. The bytes returned are the ones
// that were hashed, so what is opened or copied is exactly what was checked.
import { join } from 'node:path';
import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { archiveFolder } from './paths';
import { sha256Hex } from '../files/sha256';
import { readIfPresent } from '../files/write-once';

export interface EditionRef {
  registerId: string;
  fileName: string;
  sha256: string;
}

export interface CheckedEdition {
  path: string;
  bytes: Buffer;
}

export async function readCheckedEdition(dataFolder: string, { registerId, fileName, sha256 }: EditionRef): Promise<Result<CheckedEdition, AppError>> {
  const path = join(archiveFolder(dataFolder, registerId), fileName);
  const bytes = await readIfPresent(path);
  if (bytes === null) return err(appError('edition.missing', undefined, { fileName }));
  if (sha256Hex(bytes) !== sha256) return err(appError('edition.altered', undefined, { fileName }));
  return ok({ path, bytes });
}
