// The whole-check workers, one part of the check each (check-whole.ts): `rules` opens the
// register's store on its own thread, reads it from the opening, checks the links and
// replays the rules, and hands each event over to `hashes`, which recomputes
// every hash (hash-handoff.ts). What they send back to the window is a verdict, not the events.
import { openRegisterStore } from '../../db/dexie-store';
import { checkHandingOver, type PagesVerdict } from './check-pages';
import { hashesHandedOver, type HashesVerdict } from './hash-handoff';

/** `rules`: the links, the rules and the state row, reading the store; `hashes`: every hash, of the events handed over. */
export type WholeCheckPart = 'hashes' | 'rules';
/** `events`: the port between the two parts, the reader's end or the hasher's. */
export type WholeCheckRequest = { part: 'rules'; database: string; events: MessagePort } | { part: 'hashes'; events: MessagePort };
export type VerdictOf<P extends WholeCheckPart> = P extends 'hashes' ? HashesVerdict : PagesVerdict;
export type PartVerdict = VerdictOf<WholeCheckPart>;
export type WholeCheckAnswer = { ok: true; verdict: PartVerdict } | { ok: false; message: string };

interface WorkerScope {
  onmessage: ((message: MessageEvent<WholeCheckRequest>) => void) | null;
  postMessage(answer: WholeCheckAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: request }) => {
  const answer = (check: Promise<PartVerdict>) =>
    check.then(
      (verdict) => scope.postMessage({ ok: true, verdict }),
      (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
  if (request.part === 'hashes') {
    void answer(hashesHandedOver(request.events));
    return;
  }
  const store = openRegisterStore(request.database);
  void answer(checkHandingOver(store, request.events)).finally(() => store.close());
};
