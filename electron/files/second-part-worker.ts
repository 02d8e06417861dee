// The second thread of `verify` (verify-journal.ts), built as its own file beside the
// command line (scripts/build-cli.mjs): checks the journal's second part (second-part.ts)
// while the main thread checks the first.
import { parentPort, workerData } from 'node:worker_threads';
import { readSecondPart } from './second-part';
import type { SecondPartAnswer } from './second-part-thread';

const port = parentPort;
if (port === null) throw new Error('second-part-worker: à lancer comme fil de travail');
const { path, offset } = workerData as { path: string; offset: number };
// Stopped from outside (Worker.terminate) when the main thread finds a fault in the first part.
readSecondPart(path, offset).then(
  (verdict) => port.postMessage({ verdict } satisfies SecondPartAnswer),
  (error: unknown) => port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies SecondPartAnswer),
);
