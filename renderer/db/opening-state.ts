// What the window opens on: the register, the set-up screen, or a restore not yet
// complete. Read in one transaction so that the identity a restore's first page brings
// and the marker written with it are always seen together: the register is never shown
// for an instant between the two.
import type { RegisterDatabase } from './database';
import { headSeq, readIdentity, type RegisterIdentity } from './queries';
import { readRestoreMarker, type RestoreMarker } from './restore-marker';

export interface RestoreUnderway {
  marker: RestoreMarker;
  /** The last order number the database holds so far. */
  held: number;
}

export interface OpeningState {
  identity: RegisterIdentity | null;
  restore: RestoreUnderway | null;
}

export async function readOpeningState(db: RegisterDatabase): Promise<OpeningState> {
  return db.transaction('r', db.events, db.meta, db.state, async () => {
    // Every read started at once: a live query observes only the reads started while its zone lives.
    const [identity, marker, held] = await Promise.all([readIdentity(db), readRestoreMarker(db), headSeq(db)]);
    return { identity, restore: marker ? { marker, held } : null };
  });
}
