// The verifier's worker: the page hands it the file, it reads and verifies it on its own
// thread (the page keeps answering and drawing its progress bar), then sends one report.
// The same bundle serves as the hash worker: given a port instead of a file, it recomputes
// every hash of the journals the main worker sends it through that port, on another core.
import { config } from 'zod';
import type { JournalVerdict } from '../../shared/journal/read';
import { stockOnDay } from '../../shared/verifier/stock-on-day';
import type { RegisterFacts } from '../../shared/verifier/register-facts';
import type { VerifierMessage } from './report';
import { readJournalFile, verifyFile, type HashesElsewhere } from './verify-file';

// The page's CSP forbids eval: zod is told not to try compiling its parsers.
config({ jitless: true });

/**
 * To the main worker: a file and, on a machine of two cores or more, the port of a hash
 * worker; once it has answered, the days whose stock the page shows. To a hash worker: its port.
 */
export type WorkerRequest = { file: File; hashes?: MessagePort; passphrase?: string } | { hashPort: MessagePort } | { stockOn: string };

type HashAnswer = { verdict: JournalVerdict } | { error: string };

interface WorkerScope {
  onmessage: ((message: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: VerifierMessage): void;
}

const scope = self as unknown as WorkerScope;
/** At most a few progress messages a second: each one costs the page a repaint. */
const PROGRESS_EVERY_MS = 100;

function overPort(port: MessagePort): HashesElsewhere {
  return (file) =>
    new Promise<JournalVerdict>((resolve, reject) => {
      port.onmessage = ({ data }: MessageEvent<HashAnswer>) => ('verdict' in data ? resolve(data.verdict) : reject(new Error(data.error)));
      port.postMessage(file);
    });
}

function serveHashes(port: MessagePort): void {
  port.onmessage = ({ data: file }: MessageEvent<File>) => {
    // Chain only (links and hashes): the rules are replayed by the main worker.
    void readJournalFile(file, { rules: false }, () => undefined).then(
      (verdict) => port.postMessage({ verdict } satisfies HashAnswer),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies HashAnswer),
    );
  };
}

/** The facts of the file verified last, kept here for the page's questions about the stock. */
let verified: RegisterFacts | null = null;

scope.onmessage = ({ data }) => {
  if ('hashPort' in data) {
    serveHashes(data.hashPort);
    return;
  }
  if ('stockOn' in data) {
    if (verified) scope.postMessage({ kind: 'stock', day: data.stockOn, rows: stockOnDay(verified, data.stockOn) });
    return;
  }
  let last = 0;
  const progress = (read: number, total: number) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY_MS && read < total) return;
    last = now;
    scope.postMessage({ kind: 'progress', read, total });
  };
  verifyFile(data.file, progress, data.hashes ? overPort(data.hashes) : undefined, undefined, data.passphrase).then(
    ({ facts, ...report }) => {
      verified = facts ?? null;
      if (!facts) return scope.postMessage({ kind: 'done', report });
      const { days: _days, ...reported } = facts;
      scope.postMessage({ kind: 'done', report: { ...report, facts: reported } });
    },
    (error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
