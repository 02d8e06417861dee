// The second thread of `verify` (verify-journal.ts), built as its own file beside the
// command line (scripts/build-cli.mjs): checks the journal's second part (second-part.ts)
// while the main thread checks the first; for `editions`, it also gathers the period's
// events from every line it reads (period-gathering.ts) and hands them over with its verdict.
import { parentPort, workerData } from 'node:worker_threads';
import { readSecondPart } from './second-part';
import type { SecondPartAnswer } from './second-part-thread';
import { createPeriodGathering, type PeriodRequest } from './period-gathering';

const port = parentPort;
if (port === null) throw new Error('second-part-worker: à lancer comme fil de travail');
const { path, offset, gathering } = workerData as { path: string; offset: number; gathering?: PeriodRequest };
const gathered = gathering === undefined ? undefined : createPeriodGathering(gathering);
// Stopped from outside (Worker.terminate) when the main thread finds a fault in the first part.
readSecondPart(path, offset, undefined, gathered?.add).then(
  (verdict) => {
    if (!verdict.ok || gathered === undefined) return port.postMessage({ verdict } satisfies SecondPartAnswer);
    const result = gathered.result();
    // The hashes of the movements let go are moved, not copied: up to 32 bytes per event.
    port.postMessage({ verdict, gathered: result } satisfies SecondPartAnswer, [result.forgottenHashes.buffer as ArrayBuffer]);
  },
  (error: unknown) => port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies SecondPartAnswer),
);
