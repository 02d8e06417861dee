// An entry the person validated whose recording never finished: the window was closed,
// or the machine stopped, between the click and the commit. Nothing of it is in the
// register (the commit is all or nothing), but the person clicked "Enregistrer" and may
// believe it was kept. So the form notes the entry before its recording starts, in its own
// small transaction, and the write door removes the note in the very transaction that
// records or refuses the entry: a note found at the next start is an entry that never
// reached the register, and the window says so.
//
// Each note names the window that wrote it. While this window records, its own note is an
// entry being saved, not one cut short: only a note of an earlier window (or of a version
// that did not name it) is said, so a slow save never flashes the warning.
import type { RegisterDatabase } from './database';

export const ENTRY_KEY = 'entry-in-progress';

export interface EntryInProgress {
  key: typeof ENTRY_KEY;
  /** The kind of event the entry was (a receipt, a dispensation…). */
  type: string;
  /** When the person validated it, by the window's clock. */
  startedAt: string;
  /** The window that noted it; absent in notes written before windows were named. */
  window?: string;
}

/** This window's name, drawn at its start; getRandomValues needs no secure context. */
const THIS_WINDOW = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Noted before the recording transaction starts; it commits on its own, whatever follows. */
export async function noteEntryStarted(db: RegisterDatabase, type: string, at: Date): Promise<void> {
  const entry: EntryInProgress = { key: ENTRY_KEY, type, startedAt: at.toISOString(), window: THIS_WINDOW };
  await db.meta.put(entry);
}

/** Inside the write door's transaction: recorded or refused, the entry is settled. */
export async function settleEntry(db: RegisterDatabase): Promise<void> {
  await db.meta.delete(ENTRY_KEY);
}

/** The entry whose recording was cut short, if any. */
export async function readInterruptedEntry(db: RegisterDatabase): Promise<EntryInProgress | null> {
  const row = await db.meta.get(ENTRY_KEY);
  return row?.key === ENTRY_KEY ? row : null;
}

/** The entry an earlier window validated and never recorded: the one to tell the person of. */
export async function readEntryCutShort(db: RegisterDatabase): Promise<EntryInProgress | null> {
  const entry = await readInterruptedEntry(db);
  return entry && entry.window !== THIS_WINDOW ? entry : null;
}
