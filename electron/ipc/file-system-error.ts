// What a failed read or write on a disk or a key means, in words a pharmacist can act
// on; Node's own messages are English and technical ("EISDIR: illegal operation…").
import { appError, type AppError } from '../../shared/errors';

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'accès refusé',
  EPERM: 'opération non permise',
  EROFS: 'support en lecture seule',
  ENOSPC: 'support plein',
  EDQUOT: 'quota du support dépassé',
  EISDIR: 'un dossier occupe la place du fichier',
  ENOTDIR: 'un fichier occupe la place du dossier',
  ENOENT: 'fichier ou dossier introuvable',
  EIO: 'erreur de lecture ou d’écriture du support',
  EBUSY: 'fichier ou support occupé',
  EMFILE: 'trop de fichiers ouverts',
};

/** The French error for a Node file-system failure, or null when the error is something else. */
export function fileSystemError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return null;
  return appError('io.failed', undefined, { code, reason: REASONS[code] ?? 'erreur du système de fichiers' });
}
