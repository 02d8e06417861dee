// The reserve's technical log: what the application did to the medium on its own (a torn
// end moved aside, a stale lock taken over), one JSON object a line, each with its
// French wording. It lives next to the journal it is about, on the reserve medium: the
// side files and the lock are there, every machine that writes this reserve writes the
// same log, and it survives the loss of the computer — the reason the reserve exists.
import { appendFile, open } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describeError, type AppError } from '../../shared/errors';

export function reserveLogPath(folder: string, registerId: string): string {
  return join(folder, `${registerId}.journal-technique.jsonl`);
}

export interface ReserveLogEntry {
  at: string;
  /** What happened, for a program; `message` says it for a person. */
  event: 'journal.tailMovedAside' | 'lock.takenOver' | 'medium.adopted' | 'medium.created';
  notice: AppError;
  details?: Record<string, unknown>;
}

/**
 * Appends one entry and flushes it. A log that cannot be written (the medium full again)
 * does not undo what was done: the side file, dated in its name, still tells it.
 */
export async function logOnReserve(folder: string, registerId: string, entry: ReserveLogEntry): Promise<boolean> {
  const line = `${JSON.stringify({ ...entry, message: describeError(entry.notice), host: hostname(), pid: process.pid })}\n`;
  try {
    const path = reserveLogPath(folder, registerId);
    await appendFile(path, line, 'utf8');
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch {
    return false;
  }
}
