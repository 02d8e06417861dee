// Where the reserve stood when a package was made, for its technical log: the folder,
// whether it could be written, its journal's head and whether that head is in the chain.
import type { RegisterEvent } from '../../shared/register/events';
import { readJournalHead } from '../reserve/journal-file';
import { isWritableFolder } from '../reserve/reserve-folder';
import { isSameDevice } from '../reserve/reserve-handlers';
import { loadSettings } from '../reserve/settings';
import { loadLocalKey } from '../sealing/key-store';
import { reserveJournalOf } from '../sealing/reserve-journal';
import type { TechnicalFacts } from './technical-log';

export async function reserveFacts(dataFolder: string, registerId: string, events: readonly RegisterEvent[]): Promise<TechnicalFacts['reserve']> {
  const { reserveFolder: folder } = await loadSettings(dataFolder);
  if (folder === null || !(await isWritableFolder(folder))) return { folder, reachable: false, head: null, sameDevice: false, agreesWithJournal: null };
  // The encrypted journal's head is read from its clear part: no key is needed.
  const journal = await reserveJournalOf(folder, registerId, await loadLocalKey(dataFolder));
  const head = await readJournalHead(journal.path, journal.headOf).catch(() => null);
  const first = events[0]?.seq ?? 1;
  const inChain = head === null ? null : events[head.seq - first]?.hash === head.hash;
  return { folder, reachable: true, head, sameDevice: await isSameDevice(folder, dataFolder), agreesWithJournal: inChain };
}
