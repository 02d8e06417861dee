// The whole register checked, from the opening: the chain, the rules replayed and the
// state row (check-pages.ts). Where the engine has workers the check is split over two of
// them, so that the window is never held and both cores work: one reads the register once,
// checks the links, replays the rules and compares the state row, handing each event to
// the other, which recomputes every hash (hash-handoff.ts); their verdicts make the
// one a single pass would give (first-fault.ts). In the window otherwise (the tests'
// engine), in one pass, with the same verdicts.
import type { RegisterStore } from '../../db/register-store';
import { checkFromOpening, type PagesVerdict } from './check-pages';
import { firstFault } from './first-fault';
import type { VerdictOf, WholeCheckAnswer, WholeCheckPart, WholeCheckRequest } from './whole-check.worker';

export interface WholeCheckOptions {
  /** Checks in the window, even where workers exist (to compare the two). */
  inWindow?: boolean;
  /** Told where the check actually ran. */
  ranIn?: (where: 'worker' | 'window') => void;
}

export async function checkWhole(store: RegisterStore, options: WholeCheckOptions = {}): Promise<PagesVerdict> {
  if (!options.inWindow && typeof Worker !== 'undefined') {
    const { port1, port2 } = new MessageChannel();
    const rules = inWorker<'rules'>('rules', { part: 'rules', database: store.name, events: port1 });
    const hashes = inWorker<'hashes'>('hashes', { part: 'hashes', events: port2 });
    try {
      const verdicts = await Promise.all([hashes.verdict, rules.verdict]);
      options.ranIn?.('worker');
      return firstFault(...verdicts);
    } catch (error) {
      // A worker could not start or died: the whole check again, in the window.
      if (!(error instanceof WorkerUnavailable)) throw error;
    } finally {
      // One part failing leaves the other waiting for it: neither outlives the check.
      rules.stop();
      hashes.stop();
    }
  }
  options.ranIn?.('window');
  return checkFromOpening(store);
}

class WorkerUnavailable extends Error {}

function inWorker<P extends WholeCheckPart>(part: P, request: WholeCheckRequest): { verdict: Promise<VerdictOf<P>>; stop(): void } {
  let worker: Worker | undefined;
  const verdict = new Promise<VerdictOf<P>>((resolve, reject) => {
    try {
      worker = new Worker(new URL('./whole-check.worker.ts', import.meta.url), { type: 'module', name: `whole-check-${part}` });
    } catch {
      reject(new WorkerUnavailable());
      return;
    }
    worker.onmessage = ({ data }: MessageEvent<WholeCheckAnswer>) => {
      // The worker answers the part it was asked for.
      if (data.ok) resolve(data.verdict as VerdictOf<P>);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new WorkerUnavailable());
    };
    worker.postMessage(request, [request.events]);
  });
  return { verdict, stop: () => worker?.terminate() };
}
