// Lanes of `editions` in other threads (drawing-worker.ts): each thread gets the kept
// events and the request once, plans the editions again, and draws the documents it is
// handed one at a time; the bytes come back whole, moved rather than copied. A thread
// that fails (out of memory, stopped) answers a French failure for the document it held:
// the command then writes nothing, as when a document fails in its own thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cliFailure } from '../../common/unexpected';
import type { DrawingAnswer, DrawingJob, DrawingLane } from './drawing';

/** What the main thread sends a drawing thread: the document to draw, by its index in the plan. */
export interface DrawRequest {
  index: number;
}

/** The worker is a file of the build, beside the command line's own files (scripts/build-cli.mjs). */
export const DRAWING_WORKER_FILE = fileURLToPath(new URL('./cli-edition-drawing-worker.mjs', import.meta.url));

export interface DrawingThreadsOptions {
  /** The worker's file: the built one unless told (tests run the TypeScript source through tsx). */
  file?: string;
  /** How many lanes at most, this thread's included: one per core unless told (tests ask for two on any machine). */
  lanes?: number;
}

function threadLane(job: DrawingJob, file: string): DrawingLane {
  const worker = new Worker(file, { workerData: job });
  let pending: ((answer: DrawingAnswer) => void) | null = null;
  let broken: DrawingAnswer | null = null;
  const fail = (error: unknown) => {
    broken ??= { ok: false, failure: { kind: 'failed', reason: cliFailure(error, 'editions') } };
    pending?.(broken);
    pending = null;
  };
  worker.on('message', (answer: DrawingAnswer) => {
    pending?.(answer);
    pending = null;
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`editions: fil de dessin arrêté (code ${code})`)));
  return {
    draw(index) {
      if (broken !== null) return Promise.resolve(broken);
      return new Promise((resolve) => {
        pending = resolve;
        worker.postMessage({ index } satisfies DrawRequest);
      });
    },
    close() {
      // Its exit is no failure any more: nothing is asked of it.
      worker.removeAllListeners('exit');
      void worker.terminate();
    },
  };
}

/**
 * One lane per core but this thread's, each in a thread of its own; none where the
 * drawing stays in this thread: a single core, or no built worker beside the code (the
 * TypeScript sources).
 */
export function startDrawingThreads(job: DrawingJob, documents: number, options: DrawingThreadsOptions = {}): DrawingLane[] {
  const file = options.file ?? DRAWING_WORKER_FILE;
  const count = Math.min(options.lanes ?? availableParallelism(), documents) - 1;
  if (count < 1 || !existsSync(file)) return [];
  return Array.from({ length: count }, () => threadLane(job, file));
}
