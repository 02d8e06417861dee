// Starts the second thread of `verify` (second-part-worker.ts) on a journal file. The
// links and the rules are sequential, but the state they need at the cut is cheap to
// fold: so each thread checks a part, hashes and rules together, and the journal is
// verified on both cores (docs/decisions: vérifier sur deux cœurs).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JournalVerdict } from '../../shared/journal/read';

export type SecondPartAnswer = { verdict: JournalVerdict } | { failed: string };

/** A reader of the journal's second part, running elsewhere than the caller. */
export interface SecondPartElsewhere {
  /** Its verdict: the first fault from the cut on, or the whole journal's summary. */
  verdict: Promise<JournalVerdict>;
  /** Nothing it finds matters any more (the caller found a fault in the first part). */
  stop(): void;
}

/**
 * The worker is a file of the build, beside the command line's own files: from the
 * TypeScript sources (tests run in-process), or on a single core, there is none, and the
 * caller reads the whole journal itself.
 */
const WORKER_FILE = fileURLToPath(new URL('./cli-second-part-worker.mjs', import.meta.url));

export function startSecondPartThread(path: string, offset: number): SecondPartElsewhere | null {
  if (availableParallelism() < 2 || !existsSync(WORKER_FILE)) return null;
  const worker = new Worker(WORKER_FILE, { workerData: { path, offset } });
  const verdict = new Promise<JournalVerdict>((resolve, reject) => {
    worker.once('message', (answer: SecondPartAnswer) => ('verdict' in answer ? resolve(answer.verdict) : reject(new Error(answer.failed))));
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('second-part-worker: arrêté sans verdict')));
  });
  // Once answered (or failed), the thread has nothing left to do.
  void verdict.then(
    () => worker.terminate(),
    () => worker.terminate(),
  );
  return {
    verdict,
    stop() {
      void worker.terminate();
    },
  };
}
