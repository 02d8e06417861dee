// Re-checks the whole chain held in IndexedDB, page by page, so that an entry altered
// behind the application's back (through the raw IndexedDB API, say) is found and named.
// Where the engine has workers, on two threads: a worker reads the events and puts them
// in canonical bytes while the window hashes them and checks the links (encoded-pages.ts);
// without workers (or if the worker cannot start), in the window alone, with the same
// verdicts.
import { appError, type AppError } from '../../../shared/errors';
import { createChainVerifier, type ChainBreak } from '../../../shared/register/chain';
import type { ChainHead } from '../../../shared/register/prepare';
import { missingCaseError } from '../../../shared/result';
import type { RegisterDatabase } from '../../db/database';
import type { ChainCheckAnswer, ChainCheckRequest } from './chain-check.worker';
import { createPageChecker, type EncodedPage } from './encoded-pages';
import { eventPages } from './read-pages';

export { eventPages } from './read-pages';

export type DatabaseVerdict = { ok: true; events: number; head: ChainHead | null } | { ok: false; error: AppError };

export interface CheckOptions {
  /** Checks in the window alone, even where workers exist (to compare the two). */
  inWindow?: boolean;
  /** Told where the check actually ran. */
  ranIn?: (where: 'worker' | 'window') => void;
}

export function chainBreakError(broken: ChainBreak): AppError {
  switch (broken.kind) {
    case 'gap':
      return appError('integrity.gap', undefined, { seq: String(broken.seq), expected: String(broken.expectedSeq) });
    case 'prevHash':
      return appError('integrity.prevHash', undefined, { seq: String(broken.seq) });
    case 'hash':
      return appError('integrity.hash', undefined, { seq: String(broken.seq) });
    default:
      throw missingCaseError(broken);
  }
}

export async function checkDatabaseChain(db: RegisterDatabase, options: CheckOptions = {}): Promise<DatabaseVerdict> {
  if (!options.inWindow && typeof Worker !== 'undefined') {
    try {
      const verdict = await checkEncodedPages(workerPages(db.name));
      options.ranIn?.('worker');
      return verdict;
    } catch (error) {
      // The worker could not start or died: the whole check again, in the window.
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  options.ranIn?.('window');
  return checkInWindow(db);
}

/** The check on one thread: read a page, then hash and check its events one by one. */
export async function checkInWindow(db: RegisterDatabase): Promise<DatabaseVerdict> {
  const verifier = createChainVerifier();
  let head: ChainHead | null = null;
  let count = 0;
  for await (const page of eventPages(db)) {
    for (const event of page) {
      const broken = verifier.next(event);
      if (broken) return { ok: false, error: chainBreakError(broken) };
    }
    count += page.length;
    const last = page.at(-1);
    if (last) head = { seq: last.seq, hash: last.hash };
  }
  return { ok: true, events: count, head };
}

/** The window's half of the two-thread check, over pages from wherever they are encoded. */
export async function checkEncodedPages(pages: AsyncIterable<EncodedPage>): Promise<DatabaseVerdict> {
  const checker = createPageChecker();
  let head: ChainHead | null = null;
  let count = 0;
  for await (const page of pages) {
    const broken = checker.check(page);
    if (broken) return { ok: false, error: chainBreakError(broken) };
    const last = page.seqs.length - 1;
    count += page.seqs.length;
    if (last >= 0) head = { seq: page.seqs[last] as number, hash: page.hashes[last] as string };
  }
  return { ok: true, events: count, head };
}

class WorkerUnavailable extends Error {}

/**
 * The pages encoded by a chain-check worker over the named database, one worker per
 * check, ended when the check ends (at the last page or at a break).
 */
async function* workerPages(database: string): AsyncGenerator<EncodedPage, void, undefined> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./chain-check.worker.ts', import.meta.url), { type: 'module', name: 'chain-check' });
  } catch {
    throw new WorkerUnavailable();
  }
  const answers: ChainCheckAnswer[] = [];
  let failed = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const waiting = wake;
    wake = null;
    waiting?.();
  };
  worker.onmessage = ({ data }: MessageEvent<ChainCheckAnswer>) => {
    answers.push(data);
    signal();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failed = true;
    signal();
  };
  const id = 1;
  try {
    worker.postMessage({ kind: 'check', id, database } satisfies ChainCheckRequest);
    for (;;) {
      while (answers.length === 0 && !failed) await new Promise<void>((resolve) => (wake = resolve));
      const answer = answers.shift();
      if (!answer) throw new WorkerUnavailable();
      if (answer.kind === 'end') return;
      if (answer.kind === 'error') throw new Error(answer.message);
      yield answer.page;
      worker.postMessage({ kind: 'consumed', id } satisfies ChainCheckRequest);
    }
  } finally {
    worker.terminate();
  }
}
