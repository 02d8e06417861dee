// Verifies yearly archives in a thread of their own (archive-verify-worker.ts), one at a
// time: an archive's verification replays its whole year (about 2.8 s of processor time
// for 110 000 events, 25 s for the nine years of a 1 000 000-event register), and on the
// main process's thread it held every request of the window meanwhile, a validation at
// the counter written to the reserve included (decision 0071). One archive at a time
// leaves the other core to the window and the register's writes.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createSerialQueue } from '../../shared/serial-queue';
import type { ArchiveVerdict } from './archive-verdict';

export type ArchiveVerifyAnswer = { verdict: ArchiveVerdict } | { failed: string };

/** How to start the thread: its built file, or a script (`eval`) that loads it. */
export type ArchiveWorkerStart = { file: string } | { script: string };

export interface ArchiveVerifier {
  /** The verdict on these bytes; null when the thread gave none (it failed, or was stopped by `close`). */
  verify(bytes: Uint8Array): Promise<ArchiveVerdict | null>;
  /** Stops the verification under way, if any (the app quitting); a later one starts a new thread. */
  close(): Promise<void>;
}

/**
 * The thread's file: built beside the main process's bundle (scripts/build.mjs writes
 * dist/electron/archive-verify-worker.cjs; import.meta.url is then the bundle's), or, run
 * from the TypeScript sources (vitest, tsx), the source file beside this one, loaded
 * through tsx's require hook: Node 20 applies no `--import` loader to a thread's own file.
 */
/** Found when a thread starts, not when the module loads: a module only imported (a window's test under jsdom) never needs them. */
export function archiveWorkerStart(): ArchiveWorkerStart {
  const built = fileURLToPath(new URL('./archive-verify-worker.cjs', import.meta.url));
  if (existsSync(built)) return { file: built };
  const source = fileURLToPath(new URL('./archive-verify-worker.ts', import.meta.url));
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return { script: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});` };
}

/** `start` is found at the first verification when not given: a missing file then gives no verdict, not a failed start of the app. */
export function createArchiveVerifier(start?: ArchiveWorkerStart): ArchiveVerifier {
  const oneAtATime = createSerialQueue();
  let running: Worker | null = null;
  // A thread per archive: it ends with its verdict, so nothing stays in memory between listings.
  const verifyInThread = (bytes: Uint8Array) =>
    new Promise<ArchiveVerdict | null>((resolve) => {
      let worker: Worker;
      try {
        const how = start ?? archiveWorkerStart();
        worker = 'file' in how ? new Worker(how.file, { workerData: { bytes } }) : new Worker(how.script, { eval: true, workerData: { bytes } });
      } catch {
        resolve(null);
        return;
      }
      running = worker;
      // The first of the answer, a failure or the end of the thread settles; the others change nothing.
      const settle = (verdict: ArchiveVerdict | null) => {
        resolve(verdict);
        if (running === worker) running = null;
        void worker.terminate();
      };
      worker.once('message', (answer: ArchiveVerifyAnswer | null) =>
        settle(typeof answer === 'object' && answer !== null && 'verdict' in answer ? answer.verdict : null),
      );
      worker.once('error', () => settle(null));
      worker.once('exit', () => settle(null));
    });
  return {
    verify: (bytes) => oneAtATime('archive', () => verifyInThread(bytes)),
    async close() {
      const worker = running;
      running = null;
      if (worker) await worker.terminate();
    },
  };
}
