// A restore is one act: from the transaction that stores its first page to the one that
// stores its last, the database holds a register that is not whole. The marker says so,
// in the database itself, so that a closed window or a crash cannot forget it: while it
// exists the window shows the restore, never the register, and the write doors refuse
// every new event (no monthly closure, no edition, no opening can slip in mid-way).
import { appError, type AppError } from '../../shared/errors';
import type { ChainHead } from '../../shared/register/chain-head';
import type { RegisterDatabase } from './database';

export const RESTORE_KEY = 'restore';

/**
 * Where the journal being imported comes from: the reserve medium, a hand-over package, or
 * the shared register a counter's read copy follows (follow-server.ts: each of its pages
 * reaches its own target, so its marker never outlives the page's transaction).
 */
export type RestoreSource = 'reserve' | 'package' | 'server';

export interface RestoreMarker {
  key: typeof RESTORE_KEY;
  source: RestoreSource;
  registerId: string;
  establishmentName: string;
  /** The head of the verified journal: the restore is complete once the database holds exactly it. */
  target: ChainHead;
  startedAt: string;
}

/** The restore under way, if any; read inside a transaction that includes `db.meta` to act on it. */
export async function readRestoreMarker(db: RegisterDatabase): Promise<RestoreMarker | null> {
  const row = await db.meta.get(RESTORE_KEY);
  return row?.key === RESTORE_KEY ? row : null;
}

/** The write doors' refusal while a restore is under way; null when writing is allowed. */
export async function refusalWhileRestoring(db: RegisterDatabase): Promise<AppError | null> {
  const marker = await readRestoreMarker(db);
  return marker ? appError('restore.underway', undefined, { seq: String(marker.target.seq) }) : null;
}
