// The second thread of `verify` (verify-journal.ts): reads the same journal file and
// recomputes the hash of every line with Node's native SHA-256 (with the chain's links,
// which cost nothing beside them), while the main thread checks the links and replays
// the register's rules. Built as its own file beside the command line
// (scripts/build-cli.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { readJournal } from './read-journal';
import { sha256OfTextNative } from './sha256';
import type { HashThreadAnswer, HashThreadRequest } from './hash-thread';

const port = parentPort;
if (port === null) throw new Error('hash-worker: à lancer comme fil de travail');
const { path } = workerData as { path: string };
let stopAfter = Infinity;
// The main thread found a fault at that line: nothing after it can change the verdict.
port.on('message', (request: HashThreadRequest) => {
  stopAfter = Math.min(stopAfter, request.stopAfterLine);
});
readJournal(path, undefined, undefined, { checks: { rules: false, sha256: sha256OfTextNative }, stopAfterLine: () => stopAfter }).then(
  (verdict) => port.postMessage({ verdict } satisfies HashThreadAnswer),
  (error: unknown) => port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies HashThreadAnswer),
);
