// Verifies a journal file on two threads. The links and the rules are sequential, but the
// register's state at any line is cheap to fold (evolve.ts, without the rules): so the
// journal is cut in two (journal-split.ts); this thread checks the first part, hashes and
// rules, while another folds the first part and checks the second (second-part.ts). The
// verdict is the one a single reader making every check would give: a fault in the first
// part comes first; otherwise the other thread's verdict, which also sees what crosses
// the cut (blank lines before an event). Every command that reads a whole journal
// (verify, stock, editions, annual) reads it here; `editions` has the other thread gather
// what it keeps (period-gathering.ts).
import { parseLine } from '../../shared/journal/line';
import type { JournalVerdict } from '../../shared/journal/read';
import type { RegisterEvent } from '../../shared/register/events';
import { fileByteLines } from './file-lines';
import { nodeByteText } from './byte-text';
import { readByteLine } from '../../shared/journal/byte-line';
import { splitOffset } from './journal-split';
import { firstPartFault, type JournalCut } from '../../shared/journal/cut';
import { fileRuns, readJournal } from './read-journal';
import { startSecondPartThread, type SecondPartElsewhere } from './second-part-thread';
import { sha256OfTextNative } from './sha256';
import { createPeriodGathering, type PeriodGathered, type PeriodRequest } from './period-gathering';

/**
 * This thread's share of the journal's bytes. Folding a line costs about a third of
 * checking it: the other thread, which folds the first part before checking the second,
 * is given the smaller part. A caller that gathers events also reads the second part
 * again here (to hand its events over), so it keeps a smaller share; one whose gathering
 * the other thread makes, a larger one (measured on the bench's million events, lines
 * read as bytes: both threads end within a few tenths of a second; decision 0077).
 */
export const FIRST_PART_SHARE = 0.66;
export const FIRST_PART_SHARE_GATHERING = 0.53;
export const FIRST_PART_SHARE_GATHERED_ELSEWHERE = 0.685;

/**
 * Where the second part is checked: another thread (the built command line), or null to
 * read it all here. Asked to gather a period, it hands over what it gathered.
 */
export type SecondPartReader = (path: string, offset: number, gathering?: PeriodRequest) => SecondPartElsewhere | null;

/**
 * `onEvent` sees each event as it is read: in the first part once its checks hold, in
 * the second part once it parses (the other thread checks it at the same time). A caller
 * uses what it gathered only if the verdict is sound (as it would of a single reader
 * stopped at a break).
 */
export async function verifyJournal(
  path: string,
  secondPartElsewhere: SecondPartReader = startSecondPartThread,
  onEvent?: (event: RegisterEvent) => void,
  cut: JournalCut = {},
): Promise<JournalVerdict> {
  const checks = { sha256: sha256OfTextNative };
  // A file that cannot be opened is named by the reader below, in the command line's words.
  const offset = await splitOffset(path, cut.share ?? (onEvent ? FIRST_PART_SHARE_GATHERING : FIRST_PART_SHARE), cut.smallest).catch(() => null);
  const second = offset === null ? null : secondPartElsewhere(path, offset);
  if (offset === null || second === null) return readJournal(path, onEvent, undefined, { checks });
  const firstFault = await checkFirstPart(path, offset, second, onEvent);
  if (firstFault) return firstFault;
  if (onEvent) {
    let broken = false;
    void second.verdict.then(
      (verdict) => (broken = !verdict.ok),
      () => (broken = true),
    );
    const refused = await handOver(path, offset, onEvent, () => broken);
    // The caller could not take an event the other thread finds sound: its own failure, not the journal's.
    const verdict = await second.verdict;
    if (refused !== null && verdict.ok) throw refused.error;
    return verdict;
  }
  return second.verdict;
}

/**
 * `editions`: the journal verified as `verify` does, while the other thread, which reads
 * every line, gathers the period's events and the whole journal's figures. This thread
 * checks its part and nothing else. What was gathered comes back only if the verdict holds.
 */
export async function verifyJournalGatheringPeriod(
  path: string,
  request: PeriodRequest,
  secondPartElsewhere: SecondPartReader = startSecondPartThread,
  cut: JournalCut = {},
): Promise<{ verdict: JournalVerdict; gathered: PeriodGathered | null }> {
  const checks = { sha256: sha256OfTextNative };
  const offset = await splitOffset(path, cut.share ?? FIRST_PART_SHARE_GATHERED_ELSEWHERE, cut.smallest).catch(() => null);
  const second = offset === null ? null : secondPartElsewhere(path, offset, request);
  if (offset === null || second === null || second.gathered === undefined) {
    // One reader, here, for everything.
    second?.stop();
    const gathering = createPeriodGathering(request);
    const verdict = await readJournal(path, gathering.add, undefined, { checks });
    return { verdict, gathered: verdict.ok ? gathering.result() : null };
  }
  const firstFault = await checkFirstPart(path, offset, second);
  if (firstFault) return { verdict: firstFault, gathered: null };
  const verdict = await second.verdict;
  return { verdict, gathered: verdict.ok ? ((await second.gathered) ?? null) : null };
}

/** This thread's part, up to the cut: its fault if it has one, the other thread then stopped. */
async function checkFirstPart(
  path: string,
  offset: number,
  second: SecondPartElsewhere,
  onEvent?: (event: RegisterEvent) => void,
): Promise<JournalVerdict | null> {
  let first: JournalVerdict;
  try {
    first = await readJournal(path, onEvent, offset, { checks: { sha256: sha256OfTextNative } });
  } catch (error) {
    second.stop();
    throw error;
  }
  const fault = firstPartFault(first);
  if (fault) second.stop();
  return fault;
}

/**
 * The second part's events, to a caller that gathers them, until the other thread finds a
 * fault. They are only parsed here, checked by the other thread at the same time: one
 * the caller cannot take (a quantity that is not a number, altered by hand) ends the
 * handing over, and what the caller failed on is given back, for the verdict to decide.
 */
async function handOver(path: string, offset: number, onEvent: (event: RegisterEvent) => void, broken: () => boolean): Promise<{ error: unknown } | null> {
  for await (const { lines, bytes } of fileRuns(path, fileByteLines(path, undefined, undefined, offset))) {
    if (broken()) return null;
    for (const raw of lines) {
      if (raw.trim() === '') continue;
      // Only parsed: the other thread checks every line, hashes included.
      const read = bytes ? readByteLine(raw, nodeByteText, false) : null;
      const parsed = read?.ok ? read : parseLine(read === null ? raw : read.text);
      // The other thread names this line (a blank one before it too); nothing after it is used.
      if (!parsed.ok) return null;
      try {
        onEvent(parsed.event);
      } catch (error) {
        return { error };
      }
    }
  }
  return null;
}
