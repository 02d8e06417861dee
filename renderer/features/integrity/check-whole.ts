// The whole register checked, from the opening: the chain, the rules replayed and the
// state row, in one pass (check-pages.ts). In a worker where the engine has workers
// (whole-check.worker.ts), so that the window is never held, whatever the register's
// size; in the window otherwise (the tests' engine), with the same verdicts.
import type { RegisterStore } from '../../db/register-store';
import { checkFromOpening, type PagesVerdict } from './check-pages';
import type { WholeCheckAnswer, WholeCheckRequest } from './whole-check.worker';

export interface WholeCheckOptions {
  /** Checks in the window, even where workers exist (to compare the two). */
  inWindow?: boolean;
  /** Told where the check actually ran. */
  ranIn?: (where: 'worker' | 'window') => void;
}

export async function checkWhole(store: RegisterStore, options: WholeCheckOptions = {}): Promise<PagesVerdict> {
  if (!options.inWindow && typeof Worker !== 'undefined') {
    try {
      const verdict = await inWorker(store.name);
      options.ranIn?.('worker');
      return verdict;
    } catch (error) {
      // The worker could not start or died: the whole check again, in the window.
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  options.ranIn?.('window');
  return checkFromOpening(store);
}

class WorkerUnavailable extends Error {}

function inWorker(database: string): Promise<PagesVerdict> {
  return new Promise<PagesVerdict>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./whole-check.worker.ts', import.meta.url), { type: 'module', name: 'whole-check' });
    } catch {
      reject(new WorkerUnavailable());
      return;
    }
    worker.onmessage = ({ data }: MessageEvent<WholeCheckAnswer>) => {
      worker.terminate();
      if (data.ok) resolve(data.verdict);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new WorkerUnavailable());
    };
    worker.postMessage({ database } satisfies WholeCheckRequest);
  });
}
