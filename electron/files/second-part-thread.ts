// Starts the second thread of `verify` (second-part-worker.ts) on a journal file. The
// links and the rules are sequential, but the state they need at the cut is cheap to
// fold: so each thread checks a part, hashes and rules together, and the journal is
// verified on both cores (docs/decisions: vérifier sur deux cœurs).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JournalVerdict } from '../../shared/journal/read';
import type { PeriodGathered, PeriodRequest } from './period-gathering';

export type SecondPartAnswer = { verdict: JournalVerdict; gathered?: PeriodGathered } | { failed: string };

/** A reader of the journal's second part, running elsewhere than the caller. */
export interface SecondPartElsewhere {
  /** Its verdict: the first fault from the cut on, or the whole journal's summary. */
  verdict: Promise<JournalVerdict>;
  /** What it gathered from every line, when asked to and the verdict holds. */
  gathered?: Promise<PeriodGathered | undefined>;
  /** Nothing it finds matters any more (the caller found a fault in the first part). */
  stop(): void;
}

/**
 * The worker is a file of the build, beside the command line's own files: from the
 * TypeScript sources (tests run in-process), or on a single core, there is none, and the
 * caller reads the whole journal itself.
 */
const WORKER_FILE = fileURLToPath(new URL('./cli-second-part-worker.mjs', import.meta.url));

export function startSecondPartThread(path: string, offset: number, gathering?: PeriodRequest): SecondPartElsewhere | null {
  if (availableParallelism() < 2 || !existsSync(WORKER_FILE)) return null;
  const worker = new Worker(WORKER_FILE, { workerData: { path, offset, gathering } });
  const answer = new Promise<{ verdict: JournalVerdict; gathered?: PeriodGathered }>((resolve, reject) => {
    worker.once('message', (answer: SecondPartAnswer) => ('verdict' in answer ? resolve(answer) : reject(new Error(answer.failed))));
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('second-part-worker: arrêté sans verdict')));
  });
  // Once answered (or failed), the thread has nothing left to do.
  void answer.then(
    () => worker.terminate(),
    () => worker.terminate(),
  );
  const verdict = answer.then((answered) => answered.verdict);
  const gathered = gathering === undefined ? undefined : answer.then((answered) => answered.gathered);
  // Awaited only once the first part is checked, and not at all when it holds a fault
  // (the thread is then stopped): a failure meanwhile is the caller's to read when it
  // asks, not the process's to end on, after the verdict was printed.
  for (const pending of [verdict, gathered]) pending?.catch(() => undefined);
  return {
    verdict,
    ...(gathered === undefined ? {} : { gathered }),
    stop() {
      void worker.terminate();
    },
  };
}
