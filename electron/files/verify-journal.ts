// Verifies a journal file on two threads: another one recomputes every hash while this
// one reads the same file, checks the links and replays the rules. The verdict is the one
// a single reader making every check would give (shared/journal/first-break.ts): the
// earliest faulty line, and on one line the check a single reader makes first. Every
// command that reads a whole journal (verify, stock, editions, annual) reads it here.
import { firstBreak } from '../../shared/journal/first-break';
import type { JournalVerdict } from '../../shared/journal/read';
import type { RegisterEvent } from '../../shared/register/events';
import { startHashThread, type HashesElsewhere } from './hash-thread';
import { readJournal } from './read-journal';

/**
 * `onEvent` sees each event whose links and rules hold, as it is read; its hash may still
 * be found wrong by the other thread: a caller uses what it gathered only if the verdict
 * is sound (as it would of a single reader stopped at a break).
 */
export async function verifyJournal(
  path: string,
  hashesElsewhere: (path: string) => HashesElsewhere | null = startHashThread,
  onEvent?: (event: RegisterEvent) => void,
): Promise<JournalVerdict> {
  const hashes = hashesElsewhere(path);
  if (hashes === null) return readJournal(path, onEvent);
  // A hash found wrong at line N: the rules after N cannot change the verdict.
  let stopAfter = Infinity;
  const hashVerdict = hashes.verdict.then((verdict) => {
    if (!verdict.ok) stopAfter = verdict.line;
    return verdict;
  });
  // Not left unhandled while the rules are replayed; awaited below.
  hashVerdict.catch(() => undefined);
  let rules: JournalVerdict;
  try {
    rules = await readJournal(path, onEvent, undefined, { checks: { hashes: false }, stopAfterLine: () => stopAfter });
  } catch (error) {
    hashes.stopAfterLine(0);
    throw error;
  }
  if (!rules.ok) hashes.stopAfterLine(rules.line);
  return firstBreak(await hashVerdict, rules);
}
