// One pass over events read page by page: each is checked link by link (the chain) and
// against the register's rules (the replay), then the state the replay folded is compared
// with the row the write door keeps (check-state.ts). Used for the whole register, from
// the opening, and for what was added since the last head verified (check-since.ts).
import { appError, type AppError } from '../../../shared/errors';
import { createChainVerifier, type ChainVerifier } from '../../../shared/register/chain';
import type { RegisterEvent } from '../../../shared/register/events';
import type { ChainHead } from '../../../shared/register/chain-head';
import { createReplayValidator, type ReplayValidator } from '../../../shared/register/replay';
import { toStateRecord, type StateRecord } from '../../../shared/register/state-record';
import type { RegisterStore } from '../../db/register-store';
import { chainBreakError } from './chain-break';
import { checkStoredState } from './check-state';
import { eventPages } from './read-pages';
import { eventSender } from './hash-handoff';

/**
 * What a check found: the events it read and the head and state they reach, or the first
 * problem, with the order number of the event that shows it (none when it is the state row).
 */
/** `signatures`: the closures whose signature the replay verified (shared/signature/). */
export type PagesVerdict = { ok: true; events: number; head: ChainHead | null; state: StateRecord; signatures?: number } | PagesFault;
export type PagesFault = { ok: false; error: AppError; at?: number };

/**
 * Reads what a batch of events may ask of the journal before the replay's start, before
 * they are replayed or folded (check-since.ts); nothing for a replay from the opening.
 */
export type ReadBefore = (events: readonly RegisterEvent[]) => Promise<void>;

const NOTHING_TO_READ: ReadBefore = async () => undefined;

export async function checkPages(
  store: RegisterStore,
  pages: AsyncIterable<RegisterEvent[]>,
  chain: ChainVerifier,
  rules: ReplayValidator,
  readBefore: ReadBefore = NOTHING_TO_READ,
): Promise<PagesVerdict> {
  let events = 0;
  let signatures = 0;
  for await (const page of pages) {
    await readBefore(page);
    for (const event of page) {
      const broken = chain.next(event);
      if (broken) return { ok: false, error: chainBreakError(broken), at: broken.seq };
      const fault = rules.next(event);
      if (fault)
        return {
          ok: false,
          error: appError('integrity.rule', undefined, { where: 'Registre', seq: String(fault.seq), message: fault.message }),
          at: fault.seq,
        };
      if (event.signature !== undefined) signatures += 1;
    }
    events += page.length;
  }
  // Taken before the comparison, which folds on what was recorded meanwhile (not checked here).
  const head = rules.state.head;
  const state = structuredClone(toStateRecord(rules.state));
  const differs = await checkStoredState(store, rules.state, rules.recall, readBefore);
  return differs ? { ok: false, error: differs } : { ok: true, events, head, state, signatures };
}

/**
 * The whole register, from the opening, on the thread that calls it, every hash recomputed.
 * Split over two threads (check-whole.ts), see checkHandingOver.
 */
export function checkFromOpening(store: RegisterStore): Promise<PagesVerdict> {
  // The same replay as the command line's and the package import's.
  return checkPages(store, eventPages(store), createChainVerifier(), createReplayValidator());
}

/**
 * The whole register, from the opening, but for the hashes: the links and the rules are
 * checked here, and each event whose link holds is handed over on
 * `port` to another thread, which recomputes its hash at the same time (hash-handoff.ts).
 */
export async function checkHandingOver(store: RegisterStore, port: MessagePort): Promise<PagesVerdict> {
  const handOver = eventSender(port);
  try {
    return await checkPages(
      store,
      handOver.pages(eventPages(store)),
      handOver.chain(createChainVerifier(undefined, { hashes: false })),
      createReplayValidator(),
    );
  } finally {
    await handOver.end();
  }
}
