// The one translator of failures nobody foresaw. Libraries and runtimes speak English
// (V8's TypeError, jsPDF, fflate, exceljs, the XML parser, Node's errno messages): none
// of it may reach the person. A file-system failure is worded from its errno code; any
// other becomes « erreur inattendue » with a short reference, and the English detail is
// kept, under that reference, in the technical log (main process) or the console.
import { appError, type AppError } from './errors';

/** Node's errno codes in words a pharmacist can act on. */
const ERRNO_REASONS: Readonly<Record<string, string>> = {
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
  ENODEV: 'support absent',
  ENXIO: 'support absent',
  ETIMEDOUT: 'support qui ne répond plus',
};

/** The French error for a failed read or write on a disk or a key, or null when the error is something else. */
export function fileSystemError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return null;
  return appError('io.failed', undefined, { code, reason: ERRNO_REASONS[code] ?? 'erreur du système de fichiers' });
}

/** Carries an expected, already-worded refusal through code that can only throw. */
export class Refusal extends Error {
  override readonly name = 'Refusal';
  constructor(readonly error: AppError) {
    super(error.code);
  }
}

/** A short reference that the person can read out and the technical log can be searched for. */
export function errorReference(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let reference = '';
  for (let i = 0; i < 6; i += 1) reference += alphabet[Math.floor(Math.random() * alphabet.length)];
  return reference;
}

/** What the person is told about any thrown value: a refusal as worded, an errno in French, else « erreur inattendue » and the reference. */
export function describeFailure(error: unknown, reference: string): AppError {
  if (error instanceof Refusal) return error.error;
  return fileSystemError(error) ?? appError('unexpected', undefined, { reference });
}

/** The English detail for the technical log, never for the person. */
export function technicalDetail(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return typeof error === 'string' ? error : JSON.stringify(error);
  } catch {
    return String(error);
  }
}
