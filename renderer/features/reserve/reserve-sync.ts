// Keeps the reserve copy in step for as long as the register is open, whichever screen
// shows: after every new event, every few seconds while it lags (the medium may come back
// at any moment), every minute once it is up to date, and when a folder is chosen. A
// service the shell starts and stops; the banner only shows what it reports.
import type { AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';
import type { RegisterStore } from '../../db/register-store';
import { reserveSeqOf, syncReserve, type ReserveState } from './sync-reserve';

export const RETRY_MS = 5_000;
export const RECHECK_MS = 60_000;

/** What the banner shows: where the reserve stands, and why the last folder choice failed. */
export interface ReserveView {
  state: ReserveState;
  chooseError: AppError | null;
}

export interface ReserveSync {
  view(): ReserveView;
  /** Hears of every new view; returns the way to stop hearing. */
  subscribe(listener: () => void): () => void;
  /** The person picks the reserve folder; the copy catches up at once. */
  chooseFolder(): Promise<void>;
  /** The folder at the configured path is not the reserve medium: the person says it now is. */
  confirmMedium(): Promise<void>;
  stop(): void;
}

export const RESERVE_CHECKING: ReserveView = { state: { kind: 'checking' }, chooseError: null };

export function startReserveSync(
  store: RegisterStore,
  api: RegistreApi,
  registerId: string,
  delays = { retryMs: RETRY_MS, recheckMs: RECHECK_MS },
): ReserveSync {
  let view = RESERVE_CHECKING;
  const listeners = new Set<() => void>();
  let stopped = false;
  let lastKnownSeq: number | null = null;
  let reserveReachable = false;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const publish = (change: Partial<ReserveView>) => {
    if (stopped) return;
    view = { ...view, ...change };
    for (const listener of listeners) listener();
  };

  const scheduleNext = () => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void sync(), view.state.kind === 'upToDate' ? delays.recheckMs : delays.retryMs);
  };

  async function sync(): Promise<void> {
    // One sync at a time: a second request waits for the first, then runs again.
    while (running) await running;
    if (stopped) return;
    const run = syncReserve(store, api, registerId, lastKnownSeq).then((next) => {
      if (stopped) return;
      // Editions archived while the medium was away are copied when it is back (and at start-up).
      if (next.kind === 'upToDate' && !reserveReachable) void api['edition:syncReserve']({ registerId });
      reserveReachable = next.kind === 'upToDate';
      lastKnownSeq = reserveSeqOf(next) ?? lastKnownSeq;
      publish({ state: next });
    });
    running = run.finally(() => {
      running = null;
      scheduleNext();
    });
    await running;
  }

  // At once, then after every event recorded (by this window or another).
  // A failed read is not the watcher's to report: the service's own next read will say it.
  const watching = store
    .watch(() => store.headSeq())
    .subscribe(
      () => void sync(),
      () => undefined,
    );
  const unwatch = () => watching.unsubscribe();

  return {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async chooseFolder() {
      const chosen = await api['reserve:chooseFolder'](null);
      publish({ chooseError: chosen.ok || chosen.error.code === 'reserve.cancelled' ? null : chosen.error });
      if (chosen.ok) await sync();
    },
    async confirmMedium() {
      const confirmed = await api['reserve:confirmMedium']({ registerId });
      publish({ chooseError: confirmed.ok ? null : confirmed.error });
      if (confirmed.ok) await sync();
    },
    stop() {
      stopped = true;
      unwatch();
      clearTimeout(timer);
      listeners.clear();
    },
  };
}
