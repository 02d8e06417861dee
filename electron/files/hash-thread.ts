// Starts the hash thread of `verify` (hash-worker.ts) on a journal file. Hashing a line
// needs no other line, so it runs on the second core while the main thread does what is
// sequential: the links and the rules (docs/decisions: vérifier sur deux cœurs).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JournalVerdict } from '../../shared/journal/read';

export type HashThreadRequest = { stopAfterLine: number };
export type HashThreadAnswer = { verdict: JournalVerdict } | { failed: string };

/** A reader of every hash of a journal, running elsewhere than the caller. */
export interface HashesElsewhere {
  /** Its verdict: the first line whose hash (or link) is wrong, or a summary. */
  verdict: Promise<JournalVerdict>;
  /** Nothing after this line matters any more (the caller found a fault there). */
  stopAfterLine(line: number): void;
}

/**
 * The worker is a file of the build, beside the command line's own files: from the
 * TypeScript sources (tests run in-process), or on a single core, there is none, and the
 * caller makes every check itself.
 */
const WORKER_FILE = fileURLToPath(new URL('./cli-hash-worker.mjs', import.meta.url));

export function startHashThread(path: string): HashesElsewhere | null {
  if (availableParallelism() < 2 || !existsSync(WORKER_FILE)) return null;
  const worker = new Worker(WORKER_FILE, { workerData: { path } });
  const verdict = new Promise<JournalVerdict>((resolve, reject) => {
    worker.once('message', (answer: HashThreadAnswer) => ('verdict' in answer ? resolve(answer.verdict) : reject(new Error(answer.failed))));
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('hash-worker: arrêté sans verdict')));
  });
  // Once answered (or failed), the thread has nothing left to do.
  void verdict.then(
    () => worker.terminate(),
    () => worker.terminate(),
  );
  return {
    verdict,
    stopAfterLine(line) {
      worker.postMessage({ stopAfterLine: line } satisfies HashThreadRequest);
    },
  };
}
