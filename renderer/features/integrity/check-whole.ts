// The whole register checked, from the opening: the chain, the rules replayed and the
// state row (check-pages.ts). Where the engine has workers the check is split over two of
// them, so that the window is never held and both cores work: one recomputes every hash,
// the other checks the links, replays the rules and compares the state row; their verdicts
// make the one a single pass would give (first-fault.ts). In the window otherwise (the
// tests' engine), in one pass, with the same verdicts.
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
    try {
      const [hashes, rules] = await Promise.all([inWorker(store.name, 'hashes'), inWorker(store.name, 'rules')]);
      options.ranIn?.('worker');
      return firstFault(hashes, rules);
    } catch (error) {
      // A worker could not start or died: the whole check again, in the window.
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  options.ranIn?.('window');
  return checkFromOpening(store);
}

class WorkerUnavailable extends Error {}

function inWorker<P extends WholeCheckPart>(database: string, part: P): Promise<VerdictOf<P>> {
  return new Promise<VerdictOf<P>>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./whole-check.worker.ts', import.meta.url), { type: 'module', name: `whole-check-${part}` });
    } catch {
      reject(new WorkerUnavailable());
      return;
    }
    worker.onmessage = ({ data }: MessageEvent<WholeCheckAnswer>) => {
      worker.terminate();
      // The worker answers the part it was asked for.
      if (data.ok) resolve(data.verdict as VerdictOf<P>);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new WorkerUnavailable());
    };
    worker.postMessage({ database, part } satisfies WholeCheckRequest);
  });
}
