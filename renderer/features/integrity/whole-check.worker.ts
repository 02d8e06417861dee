// The whole-check worker: opens the register's store on its own thread and checks it
// from the opening (check-pages.ts); what it sends back is the verdict, not the events.
import { openRegisterStore } from '../../db/dexie-store';
import { checkFromOpening, type PagesVerdict } from './check-pages';

export type WholeCheckRequest = { database: string };
export type WholeCheckAnswer = { ok: true; verdict: PagesVerdict } | { ok: false; message: string };

interface WorkerScope {
  onmessage: ((message: MessageEvent<WholeCheckRequest>) => void) | null;
  postMessage(answer: WholeCheckAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { database } }) => {
  const store = openRegisterStore(database);
  checkFromOpening(store)
    .then(
      (verdict) => scope.postMessage({ ok: true, verdict }),
      (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => store.close());
};
