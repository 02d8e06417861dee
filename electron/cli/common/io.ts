// What a command needs from the outside world, so tests can run it in-process.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Today's local calendar day (YYYY-MM-DD): the default date of `stock`. */
  today: string;
  /**
   * Asks a secret (a package's passphrase, the reserve's recovery code) on the terminal,
   * without echoing it; null when there is no terminal to ask on (a pipe, a script, a test).
   */
  askSecret?: (question: string) => Promise<string | null>;
}

export const EXIT_OK = 0;
/** The journal was read but is broken: altered, truncated, reordered or empty. */
export const EXIT_BROKEN = 1;
/** The command could not run: wrong arguments or an unreadable file. */
export const EXIT_USAGE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_BROKEN | typeof EXIT_USAGE;

// The errno code of a failed file operation: defined with the French table of them.
export { errorCode } from '../../files/file-errors';
