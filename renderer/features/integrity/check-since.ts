// The check at start: only what was added since the last head verified (renderer/db/
// verified-head.ts). That head must still be the event it was; the events after it must
// continue the chain from it and keep the rules, replayed from the state it was verified
// with; and the state row must be what they fold to. An old entry altered since is not
// read here: the whole check finds it (check-whole.ts), on demand and on a schedule.
import { appError } from '../../../shared/errors';
import { createChainVerifier } from '../../../shared/register/chain';
import { createPassingLookups, createReplayValidator } from '../../../shared/register/replay';
import { fromStateRecord } from '../../../shared/register/state-record';
import type { RegisterStore, VerifiedHead } from '../../db/register-store';
import { checkPages, type PagesVerdict } from './check-pages';
import { readEarlierFacts } from './earlier-facts';
import { eventPages } from './read-pages';

/** Pages kept small: this check runs in the window, and must never hold it long. */
const SINCE_PAGE = 500;

export async function checkSince(store: RegisterStore, verified: VerifiedHead): Promise<PagesVerdict> {
  const previous = await store.eventAt(verified.head.seq);
  if (previous?.hash !== verified.head.hash) return { ok: false, error: appError('integrity.hash', undefined, { seq: String(verified.head.seq) }) };
  // What the new events may ask of the time before the head, read page by page before each is replayed.
  const earlier = readEarlierFacts(store, verified.head.seq);
  const lookups = createPassingLookups(earlier);
  const rules = createReplayValidator({ state: fromStateRecord(verified.state), previous, lookups });
  const pages = eventPages(store, { after: verified.head.seq, pageSize: SINCE_PAGE });
  return checkPages(store, pages, createChainVerifier(verified.head), rules, (events) => earlier.readFor(events));
}
