// The shared register's connections closed when the app quits: the pool's connections and
// the one that listens for the server's announcements (server-feed.ts). Left open, the
// server would keep them until its own timeout noticed the PC gone, and count them against
// its limit of connections; closing says goodbye at once.
import { finishBeforeQuit, type QuitStep } from '../finish-before-quit';

/** Electron's `app` as far as quitting and closing the last window go: a stub in the tests. */
export interface ClosingApp {
  on(event: QuitStep, listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  quit(): void;
}

export function closeConnectionsOnQuit(app: ClosingApp, close: () => Promise<void>): void {
  let closing: Promise<void> | null = null;
  // Once only: the quit and the last window closing may both ask.
  const closeOnce = () => (closing ??= close().catch(() => undefined));
  finishBeforeQuit(app, 'before-quit', closeOnce);
  // On macOS the app stays open without a window: nothing is asked of the server meanwhile,
  // and a new window opens the connections again at its first request.
  app.on('window-all-closed', () => {
    if (closing) return;
    void close().catch(() => undefined);
  });
}
