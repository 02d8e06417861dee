// The technical log: the English detail of an unexpected error, one JSON line per error,
// under the reference the person was shown, in the application's data folder. Support
// finds the detail from the reference; the person never reads English.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { technicalDetail } from '../shared/unexpected-error';

export const TECHNICAL_LOG_FILE = 'journal-technique.log';

export type TechnicalLog = (where: string, error: unknown, reference: string) => void;

export function technicalLog(folder: string, clock: () => Date = () => new Date()): TechnicalLog {
  return (where, error, reference) => {
    const line = JSON.stringify({ at: clock().toISOString(), reference, where, detail: technicalDetail(error) });
    try {
      appendFileSync(join(folder, TECHNICAL_LOG_FILE), `${line}\n`, 'utf8');
    } catch {
      // The log is a help for support, never a reason to fail: the console keeps the line.
      console.error(line);
    }
  };
}
