// The verifier's worker: the page hands it the file, it reads and verifies it on its own
// thread (the page keeps answering and drawing its progress bar), then sends one report.
import { config } from 'zod';
import type { VerifierMessage } from './report';
import { verifyFile } from './verify-file';

// The page's CSP forbids eval: zod is told not to try compiling its parsers.
config({ jitless: true });

interface WorkerScope {
  onmessage: ((message: MessageEvent<{ file: File }>) => void) | null;
  postMessage(message: VerifierMessage): void;
}

const scope = self as unknown as WorkerScope;
/** At most a few progress messages a second: each one costs the page a repaint. */
const PROGRESS_EVERY_MS = 100;

scope.onmessage = ({ data: { file } }) => {
  let last = 0;
  const progress = (read: number, total: number) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY_MS && read < total) return;
    last = now;
    scope.postMessage({ kind: 'progress', read, total });
  };
  verifyFile(file, progress).then(
    (report) => scope.postMessage({ kind: 'done', report }),
    (error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
