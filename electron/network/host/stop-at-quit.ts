// The bundled server stops when the app quits, cleanly (PostgreSQL's fast shutdown: the
// data flushed, nothing to recover at the next start), at `will-quit`, after the
// connections were closed at `before-quit`. A server that does not stop in time is left
// to the next start (stale-lock.ts).
import { finishBeforeQuit, type QuittingApp } from '../../finish-before-quit';

export const STOP_AT_QUIT_TIMEOUT_MS = 15_000;

export function stopAtQuit(
  app: QuittingApp,
  stop: () => Promise<void>,
  onError: (error: unknown) => void = () => undefined,
  timeoutMs = STOP_AT_QUIT_TIMEOUT_MS,
): void {
  finishBeforeQuit(app, 'will-quit', () => stop().catch(onError), timeoutMs);
}
