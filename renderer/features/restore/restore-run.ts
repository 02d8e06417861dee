// The restore running in this window, if any, kept outside React: the set-up screen shows
// its progress whichever card started it (reserve or hand-over package), and its outcome
// survives those cards being hidden while it runs. One run at a time: a second is refused.
import { useSyncExternalStore } from 'react';
import type { AppError } from '../../../shared/errors';
import type { Result } from '../../../shared/result';

export interface RestoreProgress {
  /** Order number the database holds so far. */
  done: number;
  total: number;
  /** Where this run started from, and when: the rate is measured on this run only. */
  from: number;
  startedAt: number;
}

export interface RestoreRunState {
  running: RestoreProgress | null;
  /** Why the last run stopped, until the next one starts. */
  error: AppError | null;
}

let state: RestoreRunState = { running: null, error: null };
const listeners = new Set<() => void>();

function publish(next: RestoreRunState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRestoreRun(): RestoreRunState {
  return useSyncExternalStore(subscribe, () => state);
}

/** Runs an import, publishing its progress; false when another run is still going. */
export async function runRestore(
  total: number,
  work: (onProgress: (done: number, total: number) => void) => Promise<Result<number, AppError>>,
  now: () => number = () => performance.now(),
): Promise<boolean> {
  if (state.running) return false;
  publish({ running: { done: 0, total, from: -1, startedAt: now() }, error: null });
  const onProgress = (done: number, total: number) => {
    const running = state.running;
    if (!running) return;
    // The first page tells where the database stood: an interrupted restore resumes there.
    const first = running.from < 0;
    publish({ ...state, running: { done, total, from: first ? done : running.from, startedAt: first ? now() : running.startedAt } });
  };
  try {
    const result = await work(onProgress);
    publish({ running: null, error: result.ok ? null : result.error });
  } catch (error) {
    publish({ running: null, error: null });
    throw error;
  }
  return true;
}

/** Seconds left at the rate of this run so far; null until two pages give a rate. */
export function secondsLeft(progress: RestoreProgress, now: number): number | null {
  const elapsed = (now - progress.startedAt) / 1000;
  const done = progress.done - progress.from;
  if (progress.from < 0 || done <= 0 || elapsed <= 0) return null;
  return Math.max(0, Math.round(((progress.total - progress.done) * elapsed) / done));
}

/** Forgets the outcome shown, for the person starting again from another source. */
export function clearRestoreError(): void {
  if (state.error) publish({ ...state, error: null });
}
