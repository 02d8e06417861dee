// One append to the reserve journal, as one writer among possibly several (two sessions,
// two machines on a share): under the journal's lock, a torn end is first moved aside,
// then the events must continue the chain exactly, then they are written, flushed and
// read back. Acknowledged lines are never touched.
import { appError, type AppError } from '../../shared/errors';
import type { ReserveRepair } from '../../shared/ipc/contract';
import type { ChainHead } from '../../shared/register/chain-head';
import { createChainVerifier } from '../../shared/register/chain';
import type { RegisterEvent } from '../../shared/register/events';
import { err, ok, type Result } from '../../shared/result';
import { frenchInstant } from './french-instant';
import { healJournal, type JournalRepair } from './heal-journal';
import { appendJournalText, readJournalHead } from './journal-file';
import { acquireJournalLock, type LockOptions } from './journal-lock';
import { serializeLine } from '../../shared/journal/line';
import { clearLineHead, type LineHead } from './journal-tail';
import { listRegister, readIdentity } from './medium-identity';
import { logOnReserve } from './reserve-log';

export interface AppendTarget {
  folder: string;
  registerId: string;
  path: string;
  now: () => Date;
  lock?: Omit<LockOptions, 'onTakeover'>;
  /** How lines are read and written; the clear journal when absent. */
  format?: LineFormat;
}

/**
 * A journal's line format: the head a line announces (found without any key) and the
 * lines written for events. The encrypted reserve seals each line (decision 0041); the
 * lock, the healing of a torn end and the read-back are the same for both.
 */
export interface LineFormat {
  headOf: LineHead;
  lines(events: readonly RegisterEvent[]): Promise<string>;
}

export const CLEAR_FORMAT: LineFormat = {
  headOf: clearLineHead,
  lines: async (events) => events.map(serializeLine).join(''),
};

export function repairNotice(repair: JournalRepair): ReserveRepair {
  const notice = appError('reserve.tailMovedAside', undefined, {
    at: frenchInstant(repair.at),
    bytes: String(repair.bytes),
    fragment: repair.fragment,
    seq: String(repair.keptSeq),
  });
  return { at: repair.at, notice };
}

/** Moves a torn end aside under the lock already held, and logs it on the medium. */
async function heal({ folder, registerId, path, now, format = CLEAR_FORMAT }: AppendTarget): Promise<ReserveRepair | null> {
  const repair = await healJournal(path, now(), format.headOf);
  if (repair === null) return null;
  const reported = repairNotice(repair);
  await logOnReserve(folder, registerId, { at: repair.at, event: 'journal.tailMovedAside', notice: reported.notice, details: { ...repair } });
  return reported;
}

export async function appendToReserve(
  target: AppendTarget,
  events: readonly RegisterEvent[],
  onRepair: (repair: ReserveRepair) => void,
): Promise<Result<ChainHead & { repair?: ReserveRepair }, AppError>> {
  const { folder, registerId, path, format = CLEAR_FORMAT } = target;
  const lock = await acquireJournalLock(path, registerId, {
    ...target.lock,
    onTakeover: async (stale, reason) => {
      const notice = appError('reserve.lockTakenOver', undefined, { host: stale?.hostname ?? '?', pid: String(stale?.pid ?? '?'), reason });
      await logOnReserve(folder, registerId, { at: target.now().toISOString(), event: 'lock.takenOver', notice, details: { stale, reason } });
    },
  });
  if (!lock.ok) return lock;
  try {
    const repair = await heal(target);
    if (repair !== null) onRepair(repair);
    const head = await readJournalHead(path, format.headOf);
    const verifier = createChainVerifier(head ?? undefined);
    for (const event of events) {
      const broken = verifier.next(event);
      if (broken?.kind === 'hash') return err(appError('reserve.chainBroken', undefined, { seq: String(event.seq) }));
      if (broken) return err(appError('reserve.diverged', undefined, { seq: String(event.seq) }));
    }
    // Sealed before the last look at the lock: encryption takes milliseconds per line.
    const text = await format.lines(events);
    // A lock taken over from a writer that was too slow is no longer ours: write nothing.
    if (!(await lock.value.stillHeld())) return err(appError('reserve.locked', undefined, { host: '?', pid: '?', since: '?' }));
    await appendJournalText(path, text);
    if (head === null) {
      // The register's first line on this medium: its identity card now lists it.
      const identity = await readIdentity(folder);
      if (identity !== null) await listRegister(folder, identity, registerId);
    }
    const last = events[events.length - 1];
    const reached = last ? { seq: last.seq, hash: last.hash } : (head ?? { seq: 0, hash: '' });
    return ok(repair === null ? reached : { ...reached, repair });
  } finally {
    await lock.value.release().catch(() => undefined); // the medium went away: found stale later
  }
}
