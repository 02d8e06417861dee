// An entry the person validated whose recording never finished: the window was closed,
// or the machine stopped, between the click and the commit. Nothing of it is in the
// register (the commit is all or nothing), but the person clicked "Enregistrer" and may
// believe it was kept. So the form notes the entry before its recording starts, in its own
// small transaction, and the write door removes the note in the very transaction that
// records or refuses the entry: a note found at the next start is an entry that never
// reached the register, and the window says so.
import type { RegisterDatabase } from './database';

export const ENTRY_KEY = 'entry-in-progress';

export interface EntryInProgress {
  key: typeof ENTRY_KEY;
  /** The kind of event the entry was (a receipt, a dispensation…). */
  type: string;
  /** When the person validated it, by the window's clock. */
  startedAt: string;
}

/** Noted before the recording transaction starts; it commits on its own, whatever follows. */
export async function noteEntryStarted(db: RegisterDatabase, type: string, at: Date): Promise<void> {
  const entry: EntryInProgress = { key: ENTRY_KEY, type, startedAt: at.toISOString() };
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
