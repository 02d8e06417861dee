// Which journal file of the reserve folder is a register's: the encrypted one once it
// exists (decision 0041), else a clear one already there (kept until it is migrated,
// decision 0042), else the encrypted one when this PC holds a key, else a clear one.
// The encrypted journal appears whole: a migration builds it under another name and
// renames it only once it is read back and verified.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { journalFileName } from '../../shared/journal/line';
import { CLEAR_FORMAT, type LineFormat } from '../reserve/append-to-reserve';
import type { LineHead } from '../reserve/journal-tail';
import type { StoredKey } from './key-store';
import { sealedFormat } from './sealed-journal';
import { sealedJournalFileName, sealedLineHead } from './sealed-line';

export interface ReserveJournalFile {
  path: string;
  sealed: boolean;
  headOf: LineHead;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function reserveJournalOf(folder: string, registerId: string, key: StoredKey | null): Promise<ReserveJournalFile> {
  const sealedPath = join(folder, sealedJournalFileName(registerId));
  const clearPath = join(folder, journalFileName(registerId));
  const sealed = (await exists(sealedPath)) || (!(await exists(clearPath)) && key !== null);
  return sealed ? { path: sealedPath, sealed: true, headOf: sealedLineHead } : { path: clearPath, sealed: false, headOf: CLEAR_FORMAT.headOf };
}

/** How to write to it; null for an encrypted journal on a PC without its key (the recovery code opens it). */
export function writingFormat(journal: ReserveJournalFile, key: StoredKey | null): LineFormat | null {
  if (!journal.sealed) return CLEAR_FORMAT;
  return key === null ? null : sealedFormat(key.recipient);
}
