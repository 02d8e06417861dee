// What a personal code may be, and how long a person waits after wrong ones. Pure: the
// main process keeps the codes (electron/access/), the window says the rules the same way.
import { appError, type AppError } from '../errors';

/** At least six digits: what a counter's keypad types quickly and a glance does not keep. */
export const MIN_DIGITS = 6;
/** Or a passphrase: any text of at least this many characters. */
export const MIN_PASSPHRASE = 12;

/** The refusal of a code too weak to be set, or null when it may be. */
export function codeShapeProblem(code: string): AppError | null {
  if (/^\d+$/.test(code)) {
    if (code.length < MIN_DIGITS) return appError('access.codeTooShort', 'code');
    // One digit repeated is guessed first by anyone at the counter.
    if (/^(\d)\1*$/.test(code)) return appError('access.codeTooShort', 'code');
    return null;
  }
  return code.trim().length >= MIN_PASSPHRASE ? null : appError('access.codeTooShort', 'code');
}

/** Wrong codes allowed before any wait. */
export const FREE_TRIES = 5;
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 60 * 60;

/**
 * Seconds to wait after `failures` wrong codes in a row: none for the first five, then 30 s,
 * doubling with each further wrong code, never more than an hour (a forgotten code is reset
 * by the holder, not waited out).
 */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_TRIES));
}

/** « 30 secondes », « 2 minutes », « 1 heure »: how long, as the person reads it. */
export function waitWording(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? 's' : ''}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes > 1 ? 's' : ''}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} heure${hours > 1 ? 's' : ''}`;
}
