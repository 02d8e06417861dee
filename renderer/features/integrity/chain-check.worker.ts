// The chain-check worker: opens the register's database on its own thread, read only,
// and checks the events after a given order number (segments.ts) while the window checks
// those up to it. What it sends back is a short summary, not the events.
import { openRegisterStore } from '../../db/dexie-store';
import { eventPages } from './read-pages';
import { checkSegment, type SegmentSummary } from './segments';

export type ChainCheckRequest = { database: string; after: number };
export type ChainCheckAnswer = { ok: true; summary: SegmentSummary } | { ok: false; message: string };

interface WorkerScope {
  onmessage: ((message: MessageEvent<ChainCheckRequest>) => void) | null;
  postMessage(answer: ChainCheckAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { database, after } }) => {
  const store = openRegisterStore(database);
  checkSegment(eventPages(store, { after }))
    .then(
      (summary) => scope.postMessage({ ok: true, summary }),
      (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => store.close());
};
