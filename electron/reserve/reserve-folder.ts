// The reserve folder: the one chosen in settings.json. Reading it (verify, list, restore)
// and writing it (append, copies of editions) are separate: a write-protected key can
// still be verified and restored from. Writing also needs the medium's identity card:
// the empty folder an unplugged key leaves behind never receives a copy.
import { access, constants, stat } from 'node:fs/promises';
import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { readIdentity } from './medium-identity';
import { loadSettings } from './settings';

async function folderAllows(folder: string, mode: number): Promise<boolean> {
  try {
    if (!(await stat(folder)).isDirectory()) return false;
    await access(folder, mode);
    return true;
  } catch {
    return false; // absent, a file, or refused (EROFS for writing on a read-only medium)
  }
}

export function isReadableFolder(folder: string): Promise<boolean> {
  return folderAllows(folder, constants.R_OK);
}

export function isWritableFolder(folder: string): Promise<boolean> {
  return folderAllows(folder, constants.W_OK);
}

export type FolderUse = 'read' | 'write';

export async function reachableReserveFolder(dataFolder: string, use: FolderUse = 'write'): Promise<Result<string, AppError>> {
  const { reserveFolder: folder, reserveMediumId } = await loadSettings(dataFolder);
  if (folder === null) return err(appError('reserve.notConfigured'));
  if (!(await isReadableFolder(folder))) return err(appError('reserve.unreachable', undefined, { folder }));
  if (use === 'read') return ok(folder);
  if (!(await isWritableFolder(folder))) return err(appError('reserve.readOnly', undefined, { folder }));
  // Without a remembered id (a reserve of an earlier version), the append adopts or refuses it.
  if (reserveMediumId !== undefined && (await readIdentity(folder))?.mediumId !== reserveMediumId)
    return err(appError('reserve.mediumUnknown', undefined, { folder }));
  return ok(folder);
}
