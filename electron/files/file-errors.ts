// The one table of file-system failures in French, for the app and the command line.
// Node reports a failed read or write by its errno code (ENOSPC, EACCES…) with an English
// message: the person is told the reason in words a pharmacist can act on, never Node's
// message. The window never sees an errno: everything that touches a file runs here.
import { appError, type AppError } from '../../shared/errors';
import { describeFailure } from '../../shared/unexpected-error';

/** Node's errno codes in words a pharmacist can act on. */
const ERRNO_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'accès refusé',
  EPERM: 'opération non permise',
  EROFS: 'support en lecture seule',
  ENOSPC: 'support plein',
  EDQUOT: 'quota du support dépassé',
  EEXIST: 'un fichier de ce nom existe déjà',
  EISDIR: 'un dossier occupe la place du fichier',
  ENOTDIR: 'un fichier occupe la place du dossier',
  ENOENT: 'fichier ou dossier introuvable',
  ENAMETOOLONG: 'nom de fichier trop long',
  EIO: 'erreur de lecture ou d’écriture du support',
  EBUSY: 'fichier ou support occupé',
  EMFILE: 'trop de fichiers ouverts',
  ENFILE: 'trop de fichiers ouverts',
  ENODEV: 'support absent',
  ENXIO: 'support absent',
  ETIMEDOUT: 'support qui ne répond plus',
};

const UNKNOWN_REASON = 'erreur du système de fichiers';

/** The system error code of a failed file operation (ENOENT, EACCES…), EIO when it has none. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'EIO';
}

export function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}

/**
 * The reason for a failure with this code, in French. `expected` is what the path given
 * should name, when the caller knows it: « fichier introuvable », « dossier introuvable »,
 * « c’est un dossier, pas un fichier ».
 */
export function errnoReason(code: string, expected?: 'fichier' | 'dossier'): string {
  if (code === 'ENOENT' && expected !== undefined) return `${expected} introuvable`;
  if (code === 'EISDIR' && expected === 'fichier') return 'c’est un dossier, pas un fichier';
  return ERRNO_REASONS[code] ?? `${UNKNOWN_REASON} ${code}`;
}

/** The French error for a failed read or write on a disk or a key, or null when the error is something else. */
export function fileSystemError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return null;
  return appError('io.failed', undefined, { code, reason: ERRNO_REASONS[code] ?? UNKNOWN_REASON });
}

/** What the person is told about any failure where files are touched: an errno in French, else as in the window (a refusal as worded, « erreur inattendue » and the reference). */
export function describeSystemFailure(error: unknown, reference: string): AppError {
  return fileSystemError(error) ?? describeFailure(error, reference);
}
