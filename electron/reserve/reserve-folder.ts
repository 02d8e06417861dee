// The reserve folder: the one chosen in settings.json, if it can be written to right now.
// The reserve journal and the copies of the editions both go there.
import { access, constants, stat } from 'node:fs/promises';
import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { loadSettings } from './settings';

export async function isWritableFolder(folder: string): Promise<boolean> {
  try {
    if (!(await stat(folder)).isDirectory()) return false;
    await access(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export async function reachableReserveFolder(dataFolder: string): Promise<Result<string, AppError>> {
  const { reserveFolder: folder } = await loadSettings(dataFolder);
  if (folder === null) return err(appError('reserve.notConfigured'));
  if (!(await isWritableFolder(folder))) return err(appError('reserve.unreachable', undefined, { folder }));
  return ok(folder);
}
