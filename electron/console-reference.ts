// A library's failure where no technical log is at hand (the JARE workbook's reader and
// writer): the English detail goes to the main process's console under a fresh
// reference, and the reference is what the French message carries.
import { errorReference, technicalDetail } from '../shared/unexpected-error';

export function consoleReference(where: string, error: unknown): string {
  const reference = errorReference();
  console.error(`[${reference}] ${where}: ${technicalDetail(error)}`);
  return reference;
}
