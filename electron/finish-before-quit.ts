// Electron quits without waiting for promises. What must end before the app exits (the
// shared register's connections closed, the bundled server stopped) puts the quit off
// once, does its work, then quits again; a second quit meanwhile (a second click) neither
// starts the work again nor lets the app go. With a time limit, work that does not end in
// time does not keep the app open.

/** The app events one quit goes through, in this order: `before-quit`, then `will-quit`. */
export type QuitStep = 'before-quit' | 'will-quit';

/** What this uses of Electron's `app`, so that a stub can stand in for it in the tests. */
export interface QuittingApp {
  on(event: QuitStep, listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export function finishBeforeQuit(app: QuittingApp, step: QuitStep, work: () => Promise<void>, timeoutMs?: number): void {
  let state: 'open' | 'finishing' | 'finished' = 'open';
  app.on(step, (event) => {
    if (state === 'finished') return;
    event.preventDefault();
    if (state === 'finishing') return;
    state = 'finishing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => {
      if (timeoutMs !== undefined) timer = setTimeout(resolve, timeoutMs);
    });
    void Promise.race([work(), late]).finally(() => {
      clearTimeout(timer);
      state = 'finished';
      app.quit();
    });
  });
}
