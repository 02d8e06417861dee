// A counter's read copy of the shared register (docs/decisions/0029): the events the
// server validated, brought into this window's IndexedDB by order number through the same
// import as a restore (import-events.ts), so that the screens read locally, fast, and
// still read when the server is away. Each page must continue the copy's own chain
// exactly (every hash recomputed); a page that does not is refused whole, and the copy
// stays as it was. The copy never numbers anything: in network mode the server alone does.
import type { AppError } from '../../shared/errors';
import type { ChainHead } from '../../shared/register/chain-head';
import type { RegisterEvent } from '../../shared/register/events';
import { err, ok, type Result } from '../../shared/result';
import type { RegisterDatabase } from './database';
import { importEvents } from './import-events';
import { RESTORE_KEY, type RestoreMarker } from './restore-marker';

/** What the counter asks of the server (through the main process in the app). */
export interface ServerFeed {
  /** The events after `after`, in order, at most `limit`. */
  eventsAfter(after: number, limit: number): Promise<RegisterEvent[]>;
  /** Resolves once the server holds an event after `after`, or after a while in any case (the follower then asks again). */
  waitAfter(after: number): Promise<void>;
}

/** Events imported per transaction: a counter that was away a week catches up page by page. */
export const FOLLOW_PAGE = 1_000;

/** The marker of one page: its own last event is its target, so the page leaves no restore behind. */
function pageMarker(opened: RegisterEvent | undefined, last: RegisterEvent): RestoreMarker {
  return {
    key: RESTORE_KEY,
    source: 'server',
    registerId: opened?.type === 'register.opened' ? opened.registerId : '',
    establishmentName: opened?.type === 'register.opened' ? opened.establishment.name : '',
    target: { seq: last.seq, hash: last.hash },
    startedAt: new Date().toISOString(),
  };
}

/** Brings the copy to the server's head: the copy's head after it, or the refusal of the page that does not follow. */
export async function catchUp(db: RegisterDatabase, feed: ServerFeed, pageSize = FOLLOW_PAGE): Promise<Result<ChainHead | null, AppError>> {
  let head: ChainHead | null = (await db.events.orderBy('seq').last()) ?? null;
  for (;;) {
    const page = await feed.eventsAfter(head?.seq ?? 0, pageSize);
    const last = page.at(-1);
    if (!last) return ok(head ? { seq: head.seq, hash: head.hash } : null);
    const opened = (await db.events.get(1)) ?? page[0];
    const imported = await importEvents(db, page, pageMarker(opened, last));
    if (!imported.ok) return err(imported.error);
    head = imported.value;
  }
}

export interface Following {
  /** Stops following; resolves once the loop has ended. */
  stop(): Promise<void>;
  /** Ends the current wait or pause at once: the follower catches up now (the server may be back). */
  wake(): void;
}

/**
 * Follows the server until stopped: catches up, then waits for the next event and catches
 * up again. A server away or a page refused is told to `onTrouble` and the follower tries
 * again after `retryMs`: a counter that reconnects converges to the server's head.
 */
export function followServer(
  db: RegisterDatabase,
  feed: ServerFeed,
  {
    onHead = () => undefined,
    onTrouble = () => undefined,
    retryMs = 2_000,
    catchUpNow = () => catchUp(db, feed),
  }: {
    onHead?: (head: ChainHead | null) => void;
    onTrouble?: (trouble: AppError | unknown) => void;
    retryMs?: number;
    /** The catch-up itself, when the caller runs others on the same copy and keeps them one at a time. */
    catchUpNow?: () => Promise<Result<ChainHead | null, AppError>>;
  } = {},
): Following {
  let stopped = false;
  let wake: () => void = () => undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    while (!stopped) {
      try {
        const caught = await catchUpNow();
        if (!caught.ok) {
          onTrouble(caught.error);
          await pause(retryMs);
          continue;
        }
        onHead(caught.value);
        if (!stopped) await Promise.race([feed.waitAfter(caught.value?.seq ?? 0), new Promise<void>((resolve) => (wake = resolve))]);
      } catch (trouble) {
        onTrouble(trouble);
        if (!stopped) await pause(retryMs);
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake();
      await loop;
    },
    wake: () => wake(),
  };
}
