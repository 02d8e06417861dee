// The bundled server stopped when the app quits, against a stub of Electron's `app`: the
// quit is held until the server has stopped, then resumed once; a server that does not
// stop in time does not keep the app open.
import { describe, expect, it } from 'vitest';
import type { QuittingApp } from '../../../../electron/finish-before-quit';
import { stopAtQuit } from '../../../../electron/network/host/stop-at-quit';

function stubApp() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  let quits = 0;
  const app: QuittingApp = {
    on: (_event, listener) => listeners.push(listener),
    quit: () => {
      quits += 1;
    },
  };
  /** Emits will-quit as Electron does; true when the quit was held back. */
  const willQuit = () => {
    let held = false;
    for (const listener of listeners) listener({ preventDefault: () => (held = true) });
    return held;
  };
  return { app, willQuit, quits: () => quits };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('stopping the bundled server at quit', () => {
  it('holds the quit until the server has stopped, then quits once', async () => {
    const { app, willQuit, quits } = stubApp();
    let finish: () => void = () => undefined;
    let stops = 0;
    stopAtQuit(app, () => {
      stops += 1;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    expect(willQuit()).toBe(true);
    // A second quit while stopping (a second click) does not stop twice nor let the app go.
    expect(willQuit()).toBe(true);
    await tick();
    expect(quits()).toBe(0);
    finish();
    await tick();
    await tick();
    expect(quits()).toBe(1);
    expect(stops).toBe(1);
    // The quit it resumed goes through.
    expect(willQuit()).toBe(false);
  });

  it('quits when the server fails to stop, saying why', async () => {
    const { app, willQuit, quits } = stubApp();
    const errors: unknown[] = [];
    stopAtQuit(
      app,
      () => Promise.reject(new Error('arrêt impossible')),
      (error) => errors.push(error),
    );
    willQuit();
    await tick();
    await tick();
    expect(quits()).toBe(1);
    expect(errors).toMatchObject([{ message: 'arrêt impossible' }]);
  });

  it('quits when the server takes too long to stop', async () => {
    const { app, willQuit, quits } = stubApp();
    stopAtQuit(app, () => new Promise<void>(() => undefined), undefined, 10);
    willQuit();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(quits()).toBe(1);
  });
});
