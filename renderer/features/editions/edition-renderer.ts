// Who turns a render request into PDF bytes. In the application, a module worker (see
// edition.worker.ts); where workers are missing or fail to start, the window itself,
// with the same function. Tests hand in their own renderer with the fonts read by Node.
import { createContext, useContext } from 'react';
import type { EditionFonts } from '../../../shared/editions/pdf/fonts';
import type { RenderRequest } from './render-edition';
import type { WorkerAnswer, WorkerRequest } from './edition.worker';

export type EditionRenderer = (request: RenderRequest) => Promise<Uint8Array>;

/**
 * On the window's own thread: the fallback, and the tests' renderer. The PDF library is
 * loaded on first use only, so that it never weighs on the window's start-up.
 */
export function inlineRenderer(fonts?: () => Promise<EditionFonts>): EditionRenderer {
  return async (request) => {
    const [{ renderEdition }, loaded] = await Promise.all([
      import('./render-edition'),
      fonts ? fonts() : import('./edition-fonts').then(({ loadEditionFonts }) => loadEditionFonts()),
    ]);
    return renderEdition(request.spec, request.events, { ...request.context, fonts: loaded });
  };
}

interface Pending {
  request: RenderRequest;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

/** One worker for the life of the window; if it cannot start, every request runs inline instead. */
export function workerRenderer(fallback: EditionRenderer = inlineRenderer()): EditionRenderer {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('./edition.worker.ts', import.meta.url), { type: 'module', name: 'editions' });
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if (data.ok) waiting.resolve(data.bytes);
      else waiting.reject(new Error(data.message));
    };
    // The worker failed to load or crashed: what it held is built in the window instead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      broken = true;
      const orphans = [...pending.values()];
      pending.clear();
      for (const { request, resolve, reject } of orphans) fallback(request).then(resolve, reject);
    };
    return worker;
  };

  return (request) => {
    const running = start();
    if (!running) return fallback(request);
    const id = nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      pending.set(id, { request, resolve, reject });
      running.postMessage({ id, request } satisfies WorkerRequest);
    });
  };
}

let shared: EditionRenderer | null = null;

/** The window's renderer: the worker when the engine has workers. */
export function defaultRenderer(): EditionRenderer {
  shared ??= typeof Worker === 'undefined' ? inlineRenderer() : workerRenderer();
  return shared;
}

export const EditionRendererContext = createContext<EditionRenderer | null>(null);

export function useEditionRenderer(): EditionRenderer {
  return useContext(EditionRendererContext) ?? defaultRenderer();
}
