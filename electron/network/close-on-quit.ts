// The shared register's connections closed when the app quits: the pool's connections and
// the one that listens for the server's announcements (server-feed.ts). Left open, the
// server would keep them until its own timeout noticed the PC gone, and count them against
// its limit of connections; closing says goodbye at once. Electron's `before-quit` does not
// wait for a promise: the quit is put off once, the connections closed, then quit again.

/** What this uses of Electron's `app`, so that a stub can stand in for it in the tests. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  quit(): void;
}

export function closeConnectionsOnQuit(app: QuittingApp, close: () => Promise<void>): void {
  let closing: Promise<void> | null = null;
  let closed = false;
  // Once only: a second quit while closing waits for the same close.
  const closeOnce = () => (closing ??= close().catch(() => undefined));
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void closeOnce().then(() => {
      closed = true;
      app.quit();
    });
  });
  // On macOS the app stays open without a window: nothing is asked of the server meanwhile,
  // and a new window opens the connections again at its first request.
  app.on('window-all-closed', () => {
    if (closing) return;
    void close().catch(() => undefined);
  });
}
