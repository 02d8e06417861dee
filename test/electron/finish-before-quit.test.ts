// One quit of the app as Electron runs it (before-quit, then will-quit, each of which may
// put it off), played by a stand-in: the connections closed at the first step and the
// bundled server stopped at the second, one after the other, and the app exits once.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { finishBeforeQuit, type QuittingApp, type QuitStep } from '../../electron/finish-before-quit';

function electronLikeApp() {
  const events = new EventEmitter();
  let exits = 0;
  const app: QuittingApp = {
    on: (event, listener) => events.on(event, listener),
    quit() {
      for (const step of ['before-quit', 'will-quit'] satisfies QuitStep[]) {
        let prevented = false;
        events.emit(step, { preventDefault: () => (prevented = true) });
        if (prevented) return;
      }
      exits += 1;
    },
  };
  return { app, exits: () => exits };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('finishing work before the app quits', () => {
  it('closes at before-quit, then stops at will-quit, then exits once, whatever the clicks meanwhile', async () => {
    const { app, exits } = electronLikeApp();
    const done: string[] = [];
    finishBeforeQuit(app, 'before-quit', async () => {
      await settle();
      done.push('connexions fermées');
    });
    finishBeforeQuit(app, 'will-quit', async () => {
      await settle();
      done.push('serveur arrêté');
    });
    app.quit();
    app.quit();
    expect(exits()).toBe(0);
    await vi.waitFor(() => expect(exits()).toBe(1));
    expect(done).toEqual(['connexions fermées', 'serveur arrêté']);
    expect(exits()).toBe(1);
  });
});
