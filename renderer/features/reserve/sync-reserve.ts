// Brings the reserve copy level with the database: the database is written first, then
// every event the reserve lacks is sent to the main process, oldest first. Nothing here
// ever changes the database; a reserve that disagrees with it is reported, not "fixed".
import { appError, type AppError } from '../../../shared/errors';
import type { IpcResult, RegistreApi, ReserveRepair } from '../../../shared/ipc/contract';
import { err } from '../../../shared/result';
import type { RegisterStore } from '../../db/register-store';

const BATCH = 500;

/**
 * A network share that hangs must not freeze the banner on "à jour": past this delay the
 * reserve is reported as not answering. The main process still finishes or fails the
 * write on its own; the next catch-up starts from what the reserve then holds.
 */
export const APPEND_TIMEOUT_MS = 20_000;

function withinTime<T>(answer: Promise<IpcResult<T>>, ms: number): Promise<IpcResult<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<IpcResult<T>>((resolve) => {
    timer = setTimeout(() => resolve(err(appError('reserve.timeout'))), ms);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

export type ReserveState =
  | { kind: 'checking' }
  | { kind: 'notConfigured'; pending: number }
  | { kind: 'unreachable'; folder: string; pending: number | null }
  /** A folder is at the configured path but it is not the reserve medium: the person must confirm. */
  | { kind: 'unknownMedium'; folder: string; pending: number }
  | { kind: 'diverged'; folder: string; seq: number }
  | { kind: 'failed'; folder: string | null; pending: number | null; error: AppError; repair: ReserveRepair | null }
  | { kind: 'upToDate'; folder: string; count: number; checkedAt: string; sameDevice: boolean; repair: ReserveRepair | null };

/**
 * @param lastKnownSeq the reserve's head at the last successful check, used to count
 *   what is not duplicated while the medium is away.
 */
export async function syncReserve(
  store: RegisterStore,
  api: RegistreApi,
  registerId: string,
  lastKnownSeq: number | null,
  appendTimeoutMs = APPEND_TIMEOUT_MS,
): Promise<ReserveState> {
  const status = await api['reserve:status']({ registerId });
  const databaseSeq = await store.headSeq();
  if (!status.ok) return { kind: 'failed', folder: null, pending: null, error: status.error, repair: null };
  const { folder, reachable, head, sameDevice, writable, recognised } = status.value;
  let { repair } = status.value;
  if (folder === null) return { kind: 'notConfigured', pending: databaseSeq };
  if (!reachable) return { kind: 'unreachable', folder, pending: lastKnownSeq === null ? null : databaseSeq - lastKnownSeq };
  if (!recognised) return { kind: 'unknownMedium', folder, pending: databaseSeq - (lastKnownSeq ?? 0) };

  let reserveSeq = head?.seq ?? 0;
  if (reserveSeq > databaseSeq) return { kind: 'diverged', folder, seq: databaseSeq + 1 };
  if (head && (await store.eventAt(head.seq))?.hash !== head.hash) return { kind: 'diverged', folder, seq: head.seq };

  // A write-protected medium can be read, and compared, but not caught up.
  if (!writable && reserveSeq < databaseSeq)
    return { kind: 'failed', folder, pending: databaseSeq - reserveSeq, error: appError('reserve.readOnly', undefined, { folder }), repair };
  while (reserveSeq < databaseSeq) {
    const events = await store.eventsAfter(reserveSeq, BATCH);
    const appended = await withinTime(api['reserve:append']({ registerId, events }), appendTimeoutMs);
    if (!appended.ok) return { kind: 'failed', folder, pending: databaseSeq - reserveSeq, error: appended.error, repair };
    reserveSeq = appended.value.seq;
    repair = appended.value.repair ?? repair;
  }
  return { kind: 'upToDate', folder, count: reserveSeq, checkedAt: status.value.checkedAt, sameDevice, repair };
}

/** The reserve's head after a state, when the state tells it. */
export function reserveSeqOf(state: ReserveState): number | null {
  return state.kind === 'upToDate' ? state.count : null;
}
