// One instance of the application at a time: two windows on one register would race for
// the next order number. The second instance exits at once, before it sets anything up
// (app.quit would first run its start-up and open a window); the first is brought forward
// by its 'second-instance' event (main.ts).
import type { App } from 'electron';

export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'exit'>): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.exit(0);
  return false;
}
