// Lanes of `editions` in other threads (drawing-worker.ts), started when the command
// starts: while this thread and the verification's read the journal, each loads its code
// and makes its fonts ready, so that it draws as soon as the documents are known. Each
// then gets the kept events and the request once, plans the editions again, and draws the
// documents it is handed one at a time; the bytes come back whole, moved rather than
// copied. A thread that fails (out of memory, stopped) answers a French failure for the
// document it held: the command then writes nothing, as when a document fails in its own
// thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cliFailure } from '../../common/unexpected';
import type { DrawingAnswer, DrawingJob, DrawingLane } from './drawing';

/** What the main thread sends a drawing thread: the job once, then each document to draw, by its index in the plan. */
export type DrawingMessage = { kind: 'job'; job: DrawingJob } | { kind: 'draw'; index: number };

/** The worker is a file of the build, beside the command line's own files (scripts/build-cli.mjs). */
export const DRAWING_WORKER_FILE = fileURLToPath(new URL('./cli-edition-drawing-worker.mjs', import.meta.url));

export interface DrawingThreadsOptions {
  /** The worker's file: the built one unless told (tests run the TypeScript source through tsx). */
  file?: string;
  /** How many lanes at most, this thread's included: one per core unless told (tests ask for two on any machine). */
  lanes?: number;
}

/** Threads started before their job, and the lanes they become once it is known. */
export interface DrawingCrew {
  /** The lanes for this job, at most one per document; the threads not needed are let go. */
  lanes(job: DrawingJob, documents: number): DrawingLane[];
  /** Lets go every thread not handed out as a lane: the command ends before drawing. */
  close(): void;
}

/** A thread started ahead of its job, and what ended it, if anything did (its start, its fonts, memory). */
interface StartedThread {
  worker: Worker;
  ended: unknown;
  /** Told when it ends, once it is a lane. */
  onEnd: ((why: unknown) => void) | null;
}

function startThread(file: string): StartedThread {
  const thread: StartedThread = { worker: new Worker(file), ended: null, onEnd: null };
  const end = (why: unknown) => {
    thread.ended ??= why;
    thread.onEnd?.(thread.ended);
  };
  thread.worker.on('error', end);
  thread.worker.on('exit', (code) => end(new Error(`editions: fil de dessin arrêté (code ${code})`)));
  return thread;
}

function threadLane(thread: StartedThread, job: DrawingJob): DrawingLane {
  const { worker } = thread;
  let pending: ((answer: DrawingAnswer) => void) | null = null;
  let broken: DrawingAnswer | null = null;
  const fail = (why: unknown) => {
    broken ??= { ok: false, failure: { kind: 'failed', reason: cliFailure(why, 'editions') } };
    pending?.(broken);
    pending = null;
  };
  thread.onEnd = fail;
  if (thread.ended !== null) fail(thread.ended);
  worker.on('message', (answer: DrawingAnswer) => {
    pending?.(answer);
    pending = null;
  });
  worker.postMessage({ kind: 'job', job } satisfies DrawingMessage);
  return {
    draw(index) {
      if (broken !== null) return Promise.resolve(broken);
      return new Promise((resolve) => {
        pending = resolve;
        worker.postMessage({ kind: 'draw', index } satisfies DrawingMessage);
      });
    },
    close() {
      letGo(thread);
    },
  };
}

/** Stops a thread nothing more is asked of: its end is no failure any more. */
function letGo(thread: StartedThread): void {
  thread.onEnd = null;
  void thread.worker.terminate();
}

/**
 * One thread per core but this thread's, started now; none where the drawing stays in
 * this thread: a single core, or no built worker beside the code (the TypeScript sources).
 */
export function startDrawingThreads(options: DrawingThreadsOptions = {}): DrawingCrew {
  const file = options.file ?? DRAWING_WORKER_FILE;
  const count = (options.lanes ?? availableParallelism()) - 1;
  let idle = count < 1 || !existsSync(file) ? [] : Array.from({ length: count }, () => startThread(file));
  return {
    lanes(job, documents) {
      // This thread draws too: at most one other per document but one.
      const taken = idle.slice(0, Math.max(0, documents - 1));
      for (const thread of idle.slice(taken.length)) letGo(thread);
      idle = [];
      return taken.map((thread) => threadLane(thread, job));
    },
    close() {
      for (const thread of idle) letGo(thread);
      idle = [];
    },
  };
}
