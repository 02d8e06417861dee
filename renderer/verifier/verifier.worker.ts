// The verifier's worker: the page hands it the file, it reads and verifies it on its own
// thread (the page keeps answering and drawing its progress bar), then sends one report.
// The same bundle serves as the helper of a journal's verification: given a port instead
// of a file, it checks the first part of each journal the main worker sends it through
// that port, on another core (journal-file.ts).
import { config } from 'zod';
import type { JournalVerdict } from '../../shared/journal/read';
import { stockOnDay } from '../../shared/verifier/stock-on-day';
import type { RegisterFacts } from '../../shared/verifier/register-facts';
import type { VerifierMessage } from './report';
import { readJournalFile, type FirstPartElsewhere, type JournalBytes } from './journal-file';
import { verifyFile } from './verify-file';

// The page's CSP forbids eval: zod is told not to try compiling its parsers.
config({ jitless: true });

/**
 * To the main worker: a file and, on a machine of two cores or more, the port of a helper
 * worker; once it has answered, the days whose stock the page shows. To a helper: its port.
 */
export type WorkerRequest = { file: File; helper?: MessagePort; passphrase?: string } | { helperPort: MessagePort } | { stockOn: string };

/** Through the helper's port: the journal and where its first part ends, then the verdict of that part. */
type FirstPartRequest = { file: JournalBytes; end: number };
type FirstPartAnswer = { verdict: JournalVerdict } | { error: string };

interface WorkerScope {
  onmessage: ((message: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: VerifierMessage): void;
}

const scope = self as unknown as WorkerScope;
/** At most a few progress messages a second: each one costs the page a repaint. */
const PROGRESS_EVERY_MS = 100;

function overPort(port: MessagePort): FirstPartElsewhere {
  return (file, end) =>
    new Promise<JournalVerdict>((resolve, reject) => {
      port.onmessage = ({ data }: MessageEvent<FirstPartAnswer>) => ('verdict' in data ? resolve(data.verdict) : reject(new Error(data.error)));
      port.postMessage({ file, end } satisfies FirstPartRequest);
    });
}

function serveFirstParts(port: MessagePort): void {
  port.onmessage = ({ data: { file, end } }: MessageEvent<FirstPartRequest>) => {
    void readJournalFile(file.slice(0, end), () => undefined).then(
      (verdict) => port.postMessage({ verdict } satisfies FirstPartAnswer),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies FirstPartAnswer),
    );
  };
}

/** The facts of the file verified last, kept here for the page's questions about the stock. */
let verified: RegisterFacts | null = null;

scope.onmessage = ({ data }) => {
  if ('helperPort' in data) {
    serveFirstParts(data.helperPort);
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
  verifyFile(data.file, progress, data.helper ? overPort(data.helper) : undefined, undefined, data.passphrase).then(
    ({ facts, ...report }) => {
      verified = facts ?? null;
      if (!facts) return scope.postMessage({ kind: 'done', report });
      const { days: _days, ...reported } = facts;
      scope.postMessage({ kind: 'done', report: { ...report, facts: reported } });
    },
    (error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
