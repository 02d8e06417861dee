// The bundled server stops when the app quits, cleanly (PostgreSQL's fast shutdown: the
// data flushed, nothing to recover at the next start). Electron quits without waiting for
// promises: the first `will-quit` is held back, the server stopped, then the quit resumed.
// A server that does not stop in time is left to the next start (stale-lock.ts).

/** The part of Electron's `app` this needs: a stub in the tests. */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export const STOP_AT_QUIT_TIMEOUT_MS = 15_000;

export function stopAtQuit(
  app: QuittingApp,
  stop: () => Promise<void>,
  onError: (error: unknown) => void = () => undefined,
  timeoutMs = STOP_AT_QUIT_TIMEOUT_MS,
): void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    void Promise.race([stop().catch(onError), late]).finally(() => {
      clearTimeout(timer);
      state = 'stopped';
      app.quit();
    });
  });
}
