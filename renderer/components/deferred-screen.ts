// Screens the window does not show at opening, loaded apart from its first script. The
// browser runs a script's whole module graph in one task: with every screen in it, that
// task held the window for about 0.1 s before the Stock tab could show. Each screen is
// loaded after the opening, one at a time when the window is idle, so that a tab shows
// at once when chosen, as before; one chosen before its turn is loaded then.
import { createElement, lazy, type ComponentType } from 'react';

export interface DeferredScreen<P extends object> {
  /** The screen: rendered at once once loaded, through React's Suspense before. */
  Screen: ComponentType<P>;
  /** Loads the screen's script (once, whoever asks first). */
  load(): Promise<unknown>;
}

export function deferredScreen<P extends object>(load: () => Promise<ComponentType<P>>): DeferredScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(async () => ({ default: await start() }));
  function Screen(props: P) {
    // React takes a lazy screen, once resolved, for the screen itself: drawn again after
    // loading, the same screen stays mounted with what the person typed.
    return createElement(loaded ?? Lazy, props);
  }
  return { Screen, load: start };
}

/**
 * Loads the screens one after the other, each when the window is idle, starting
 * `afterMs` after the call (the opening's own reads go first); the answer stops it.
 */
export function loadInTurn(screens: readonly { load(): Promise<unknown> }[], afterMs: number): () => void {
  let stopped = false;
  const whenIdle = (work: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work) : setTimeout(work, 0));
  const next = (index: number) => {
    const screen = screens[index];
    if (stopped || !screen) return;
    whenIdle(() => {
      if (stopped) return;
      // The next screen is loaded even if this one failed: the failure shows if it is chosen.
      void screen.load().then(
        () => next(index + 1),
        () => next(index + 1),
      );
    });
  };
  const timer = setTimeout(() => next(0), afterMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
