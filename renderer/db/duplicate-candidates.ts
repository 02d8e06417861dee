// The earlier dispensations a new one might repeat, read by two indexes: the same
// ordonnancier number (any day), and the same operation day. Both are small whatever the
// size of the register; shared/people/duplicates.ts decides which of them look entered twice.
import { likelyDuplicates, type DispensationDraft, type LikelyDuplicate } from '../../shared/people/duplicates';
import type { RegisterDatabase } from './database';
import { readState } from './state-row';

export async function findLikelyDuplicates(db: RegisterDatabase, draft: DispensationDraft): Promise<LikelyDuplicate[]> {
  const number = draft.body.ordonnancierNumber.trim();
  return db.transaction('r', db.events, db.state, async () => {
    const [sameNumber, sameDay, state] = await Promise.all([
      number === '' ? Promise.resolve([]) : db.events.where('ordonnancierNumber').anyOf(number, draft.body.ordonnancierNumber).toArray(),
      db.events.where('operationDate').equals(draft.operationDate).toArray(),
      readState(db),
    ]);
    return likelyDuplicates(draft, [...sameNumber, ...sameDay], new Set(state.correctedBy.keys()));
  });
}
