// The whole-check workers: each opens the register's store on its own thread and checks it
// from the opening (check-pages.ts), one part of the checks each when the check is split
// over two threads (check-whole.ts); what they send back is a verdict, not the events.
import { openRegisterStore } from '../../db/dexie-store';
import { checkFromOpening, checkHashesFromOpening, type PagesFault, type PagesVerdict } from './check-pages';

/** `hashes`: every hash recomputed; `rules`: the links, the rules and the state row, the hashes left to the other. */
export type WholeCheckPart = 'hashes' | 'rules';
export type WholeCheckRequest = { database: string; part: WholeCheckPart };
export type HashesVerdict = { ok: true; events: number } | PagesFault;
export type VerdictOf<P extends WholeCheckPart> = P extends 'hashes' ? HashesVerdict : PagesVerdict;
export type PartVerdict = VerdictOf<WholeCheckPart>;
export type WholeCheckAnswer = { ok: true; verdict: PartVerdict } | { ok: false; message: string };

interface WorkerScope {
  onmessage: ((message: MessageEvent<WholeCheckRequest>) => void) | null;
  postMessage(answer: WholeCheckAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { database, part } }) => {
  const store = openRegisterStore(database);
  const check: Promise<PartVerdict> = part === 'hashes' ? checkHashesFromOpening(store) : checkFromOpening(store, { hashes: false });
  check
    .then(
      (verdict) => scope.postMessage({ ok: true, verdict }),
      (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => store.close());
};
