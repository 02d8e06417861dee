// The check at start: only what was added since the last head verified (renderer/db/
// verified-head.ts). That head must still be the event it was; the events after it must
// continue the chain from it and keep the rules, replayed from the state it was verified
// with; and the state row must be what they fold to. An old entry altered since is not
// read here: the whole check finds it (check-whole.ts), on demand and on a schedule.
import { appError } from '../../../shared/errors';
import { createChainVerifier } from '../../../shared/register/chain';
import { isMovement, type RegisterEvent } from '../../../shared/register/events';
import { movementFacts } from '../../../shared/register/evolve';
import type { MovementFacts } from '../../../shared/register/register-state';
import { createReplayValidator } from '../../../shared/register/replay';
import { fromStateRecord } from '../../../shared/register/state-record';
import type { RegisterDatabase } from '../../db/database';
import { eventAt } from '../../db/queries';
import { eventsAt, type VerifiedHead } from '../../db/verified-head';
import { checkPages, type PagesVerdict } from './check-pages';
import { eventPages } from './read-pages';

/** Pages kept small: this check runs in the window, and must never hold it long. */
const SINCE_PAGE = 500;

export async function checkSince(db: RegisterDatabase, verified: VerifiedHead): Promise<PagesVerdict> {
  const previous = await eventAt(db, verified.head.seq);
  if (previous?.hash !== verified.head.hash) return { ok: false, error: appError('integrity.hash', undefined, { seq: String(verified.head.seq) }) };
  // Corrections may name a movement before the verified head: read with their page.
  const earlier = new Map<number, MovementFacts>();
  const rules = createReplayValidator({ state: fromStateRecord(verified.state), previous, earlier: (seq) => earlier.get(seq) });
  return checkPages(db, withEarlierMovements(db, eventPages(db, { after: verified.head.seq, pageSize: SINCE_PAGE }), verified.head.seq, earlier), createChainVerifier(verified.head), rules);
}

/** Each page, once the movements before `upTo` that its corrections name are in `into`. */
async function* withEarlierMovements(db: RegisterDatabase, pages: AsyncIterable<RegisterEvent[]>, upTo: number, into: Map<number, MovementFacts>): AsyncGenerator<RegisterEvent[]> {
  for await (const page of pages) {
    const named = page.flatMap((event) => (event.type === 'correction' && Number.isSafeInteger(event.corrects) && event.corrects <= upTo ? [event.corrects] : []));
    for (const event of await eventsAt(db, named)) if (isMovement(event)) into.set(event.seq, movementFacts(event));
    yield page;
  }
}
