// The reserve folder chosen while the register is being opened, so that its very first
// event already lives on two media (R. 5132-36). The main process keeps the choice; the
// register's id is drawn before opening so that the status names the journal to come.
import type { AppError } from '../../../shared/errors';
import type { RegistreApi } from '../../../shared/ipc/contract';

export type ReserveChoice =
  { kind: 'checking' } | { kind: 'none' } | { kind: 'chosen'; folder: string; sameDevice: boolean } | { kind: 'unreachable'; folder: string };

/** Where the reserve stands before the register exists (a folder may be chosen already). */
export async function readReserveChoice(api: RegistreApi | null, registerId: string): Promise<ReserveChoice> {
  if (!api) return { kind: 'none' };
  const status = await api['reserve:status']({ registerId });
  if (!status.ok || status.value.folder === null) return { kind: 'none' };
  const { folder, reachable, sameDevice } = status.value;
  return reachable ? { kind: 'chosen', folder, sameDevice } : { kind: 'unreachable', folder };
}

/** Asks for the folder; a cancelled dialog changes nothing and is no error. */
export async function chooseReserveFolder(api: RegistreApi | null, registerId: string): Promise<{ choice: ReserveChoice; error: AppError | null }> {
  if (!api) return { choice: { kind: 'none' }, error: null };
  const chosen = await api['reserve:chooseFolder'](null);
  const error = chosen.ok || chosen.error.code === 'reserve.cancelled' ? null : chosen.error;
  return { choice: await readReserveChoice(api, registerId), error };
}

/**
 * The register opens with its reserve folder, or without it only when the person has
 * said so explicitly, having read what it means.
 */
export function mayOpen(choice: ReserveChoice, withoutReserve: boolean): boolean {
  return choice.kind === 'chosen' || withoutReserve;
}
