// The whole-check worker: opens the register's database on its own thread and checks it
// from the opening (check-pages.ts); what it sends back is the verdict, not the events.
import { openRegisterDatabase } from '../../db/database';
import { checkFromOpening, type PagesVerdict } from './check-pages';

export type WholeCheckRequest = { database: string };
export type WholeCheckAnswer = { ok: true; verdict: PagesVerdict } | { ok: false; message: string };

interface WorkerScope {
  onmessage: ((message: MessageEvent<WholeCheckRequest>) => void) | null;
  postMessage(answer: WholeCheckAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { database } }) => {
  const db = openRegisterDatabase(database);
  checkFromOpening(db)
    .then(
      (verdict) => scope.postMessage({ ok: true, verdict }),
      (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => db.close());
};
