// One writer per reserve journal, across processes and machines: `<journal>.lock`,
// created with O_EXCL ('wx') so that exactly one creator wins, even on a network share.
// It is taken for one append and released right after (decision 0013): an append lasts
// milliseconds, so a lock is rarely there to be seen, and a crashed writer blocks the
// others only until its lock is found stale — its process gone from this machine, or
// the lock older than STALE_AFTER_MS on the medium's own clock. No heartbeat: nothing writes to the key between
// appends, and an unplugged key leaves no lock "held" by a writer that cannot renew it.
import { randomUUID } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { frenchInstant } from './french-instant';

export interface LockOwner {
  registerId: string;
  hostname: string;
  pid: number;
  acquiredAt: string;
  /** Tells this holder's lock from a later one of the same process. */
  token: string;
}

export interface LockOptions {
  /** How long a second writer waits for the first before refusing. */
  waitMs?: number;
  /** A lock older than this is a writer that died or hangs on a dead share. */
  staleAfterMs?: number;
  /** Told of each stale lock removed, to log it. */
  onTakeover?: (stale: LockOwner | null, reason: TakeoverReason) => Promise<void>;
}

/**
 * Why a lock was found abandoned: its process is gone, it is too old, or it is this very
 * process's, left behind when the medium vanished in the middle of an append (the folder
 * went away with the lock in it, so its release could not remove it) and no append of
 * this process holds it any more.
 */
export type TakeoverReason = 'deadProcess' | 'tooOld' | 'releaseFailed';

/** Tokens of the locks this process holds at this instant. */
const heldTokens = new Set<string>();

export const STALE_AFTER_MS = 120_000;
const WAIT_MS = 5_000;
const POLL_MS = 20;

export interface HeldLock {
  /** The lock is still this holder's (checked just before writing). */
  stillHeld(): Promise<boolean>;
  release(): Promise<void>;
}

export function lockPath(journalPath: string): string {
  return `${journalPath}.lock`;
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    return typeof value.hostname === 'string' && Number.isSafeInteger(value.pid) && typeof value.token === 'string' ? (value as LockOwner) : null;
  } catch {
    return null; // being written by its creator this very moment, or damaged
  }
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'; // EPERM: alive, another user's
  }
}

async function readLock(path: string): Promise<{ text: string; owner: LockOwner | null; writtenAtMs: number } | null> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    return { text, owner: parseOwner(text), writtenAtMs: info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * "Now" on the clock that stamped the lock: the medium's (a file server's, for a share),
 * read from a probe file written beside it, then run on with this process's monotonic
 * time. A lock's age is never this machine's clock minus another's: a workstation whose
 * clock is ahead would otherwise find every fresh lock "far too old" and write beside it.
 */
async function mediumClock(path: string): Promise<() => number> {
  const probe = `${path}.horloge-${randomUUID()}`;
  await (await open(probe, 'wx')).close();
  try {
    const stampedAt = (await stat(probe)).mtimeMs;
    const readAt = performance.now();
    return () => stampedAt + (performance.now() - readAt);
  } finally {
    await unlink(probe);
  }
}

/**
 * Removes a stale lock without ever removing a fresh one: the lock is first renamed to a
 * name of our own (atomic; one taker wins), then checked to be the stale one we saw. Had
 * another taker already replaced it, the fresh lock is put back where it was.
 */
async function takeOver(path: string, seen: string): Promise<boolean> {
  const aside = `${path}.stale-${randomUUID()}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false; // another taker was first
    throw error;
  }
  if ((await readFile(aside, 'utf8')) === seen) {
    await unlink(aside);
    return true;
  }
  await link(aside, path).catch(() => undefined); // EEXIST: a third writer holds it; it wins
  await unlink(aside);
  return false;
}

async function create(path: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(owner), 'utf8');
  } finally {
    await handle.close();
  }
  return true;
}

/** Takes the journal's lock, waiting a little for another writer; refuses in French after that. */
export async function acquireJournalLock(journalPath: string, registerId: string, options: LockOptions = {}): Promise<Result<HeldLock, AppError>> {
  const path = lockPath(journalPath);
  const waitMs = options.waitMs ?? WAIT_MS;
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const me: LockOwner = { registerId, hostname: hostname(), pid: process.pid, acquiredAt: new Date().toISOString(), token: randomUUID() };
  const deadline = Date.now() + waitMs;
  let last: LockOwner | null = null;
  let mediumNow: (() => number) | null = null;
  for (;;) {
    if (await create(path, me)) {
      heldTokens.add(me.token);
      return ok(heldLock(path, me));
    }
    const found = await readLock(path);
    if (found === null) continue; // released between our two calls
    last = found.owner ?? last;
    const here = found.owner !== null && found.owner.hostname === me.hostname;
    const dead = here && found.owner!.pid !== process.pid && processIsGone(found.owner!.pid);
    // Without this, a key pulled out mid-append and plugged back in is refused as "being
    // written by another program" (this one) until the lock is old enough.
    const ownLeftover = here && found.owner!.pid === process.pid && !heldTokens.has(found.owner!.token);
    mediumNow ??= await mediumClock(path);
    const old = mediumNow() - found.writtenAtMs > staleAfterMs;
    if ((dead || ownLeftover || old) && (await takeOver(path, found.text))) {
      await options.onTakeover?.(found.owner, dead ? 'deadProcess' : ownLeftover ? 'releaseFailed' : 'tooOld');
      continue;
    }
    if (Date.now() >= deadline) {
      return err(
        appError('reserve.locked', undefined, {
          host: last?.hostname ?? '?',
          pid: String(last?.pid ?? '?'),
          since: last === null ? '?' : frenchInstant(last.acquiredAt),
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function heldLock(path: string, me: LockOwner): HeldLock {
  const mine = async () => parseOwner((await readLock(path))?.text ?? '')?.token === me.token;
  return {
    stillHeld: mine,
    async release() {
      try {
        // Only our own lock: one taken over from us (we were too slow) is another's now.
        if (await mine()) await unlink(path);
      } finally {
        heldTokens.delete(me.token);
      }
    },
  };
}
