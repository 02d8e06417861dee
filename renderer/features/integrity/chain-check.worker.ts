// The chain-check worker: opens the register's database on its own thread (read only),
// reads the events and puts each in canonical bytes (encoded-pages.ts), and sends them to
// the window page by page, transferred, while the window hashes and checks the pages
// already sent. Two threads: reading and encoding here, SHA-256 there.
import { openRegisterDatabase } from '../../db/database';
import { encodedPages, type EncodedPage } from './encoded-pages';

/** From the window: start a check of a database, or a page consumed. */
export type ChainCheckRequest = { kind: 'check'; id: number; database: string } | { kind: 'consumed'; id: number };
export type ChainCheckAnswer = { id: number; kind: 'page'; page: EncodedPage } | { id: number; kind: 'end' } | { id: number; kind: 'error'; message: string };

/** Pages sent and not yet consumed by the window: the reading waits beyond. */
const AHEAD = 3;

interface WorkerScope {
  onmessage: ((message: MessageEvent<ChainCheckRequest>) => void) | null;
  postMessage(answer: ChainCheckAnswer, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

interface Running {
  sent: number;
  consumed: number;
  wake: (() => void) | null;
}

const running = new Map<number, Running>();

async function check(id: number, database: string, state: Running): Promise<void> {
  const db = openRegisterDatabase(database);
  try {
    for await (const page of encodedPages(db)) {
      scope.postMessage({ id, kind: 'page', page }, [page.bytes.buffer, page.ends.buffer]);
      state.sent += 1;
      while (state.sent - state.consumed >= AHEAD) await new Promise<void>((resolve) => (state.wake = resolve));
    }
    scope.postMessage({ id, kind: 'end' }, []);
  } catch (error) {
    scope.postMessage({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) }, []);
  } finally {
    db.close();
    running.delete(id);
  }
}

scope.onmessage = ({ data }) => {
  if (data.kind === 'check') {
    const state: Running = { sent: 0, consumed: 0, wake: null };
    running.set(data.id, state);
    void check(data.id, data.database, state);
    return;
  }
  // A page consumed. When the window has seen enough (a break), it ends the worker.
  const state = running.get(data.id);
  if (!state) return;
  state.consumed += 1;
  const wake = state.wake;
  state.wake = null;
  wake?.();
};
