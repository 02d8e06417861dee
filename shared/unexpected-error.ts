// The one translator of failures nobody foresaw. Libraries and runtimes speak English
// (V8's TypeError, jsPDF, fflate, exceljs, the XML parser, Node's errno messages): none
// of it may reach the person. A file-system failure is worded from its errno code where
// files are touched (electron/files/file-errors.ts); any other becomes « erreur
// inattendue » with a short reference, and the English detail is kept, under that
// reference, in the technical log (main process) or the console.
import { appError, type AppError } from './errors';

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

/**
 * What the person is told about any thrown value: a refusal as worded, else « erreur
 * inattendue » and the reference. Where files are touched (the main process, the command
 * line), electron/files/file-errors.ts words a file-system failure first.
 */
export function describeFailure(error: unknown, reference: string): AppError {
  if (error instanceof Refusal) return error.error;
  return appError('unexpected', undefined, { reference });
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
