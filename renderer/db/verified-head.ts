// The last head the integrity check found sound, kept in the database so that the check
// at start reads only what was added since (features/integrity). With it, the state the
// events up to it fold to: the rules of the new events are replayed from there, not
// from the opening. `wholeCheckedAt` is the last time the whole chain was checked: the
// whole check comes back on a schedule, since only it finds an old entry altered.
import type { RegisterEvent } from '../../shared/register/events';
import type { ChainHead } from '../../shared/register/chain-head';
import { STATE_FORMAT, type StateRecord } from '../../shared/register/state-record';
import type { RegisterDatabase } from './database';

export const VERIFIED_KEY = 'verified-head';

export interface VerifiedHead {
  key: typeof VERIFIED_KEY;
  head: ChainHead;
  /** What the events up to `head` fold to (shared/register/state-record.ts). */
  state: StateRecord;
  /** When the whole chain was last found sound (ISO instant); null if only new events ever were. */
  wholeCheckedAt: string | null;
}

/** The mark, or null when none was written or it is of another state shape (then the whole chain is checked). */
export async function readVerifiedHead(db: RegisterDatabase): Promise<VerifiedHead | null> {
  const row = await db.meta.get(VERIFIED_KEY);
  return row?.key === VERIFIED_KEY && row.state.format === STATE_FORMAT ? row : null;
}

/**
 * Moves the mark to a head found sound. Two checks may end in any order (the one at
 * start and a whole one asked for meanwhile): the mark never goes back to an earlier
 * head, and the date of the last whole check is kept whichever writes last.
 */
export async function writeVerifiedHead(db: RegisterDatabase, verified: { head: ChainHead; state: StateRecord; whole: boolean }, at: Date): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await readVerifiedHead(db);
    const wholeCheckedAt = verified.whole ? at.toISOString() : (current?.wholeCheckedAt ?? null);
    const ahead = !current || verified.head.seq >= current.head.seq;
    const mark: VerifiedHead = ahead ? { key: VERIFIED_KEY, head: verified.head, state: verified.state, wholeCheckedAt } : { ...current, wholeCheckedAt };
    await db.meta.put(mark);
  });
}

/** The events of these order numbers that exist, in one read (the movements corrections name). */
export async function eventsAt(db: RegisterDatabase, seqs: readonly number[]): Promise<RegisterEvent[]> {
  if (seqs.length === 0) return [];
  return (await db.events.bulkGet([...seqs])).filter((event): event is RegisterEvent => event !== undefined);
}
