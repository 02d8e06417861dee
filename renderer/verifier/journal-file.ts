// Checks a journal file in the verifier page, on two threads where the machine has them,
// as the command line does (docs/decisions/0057 and 0078): the links and the rules are
// sequential, but the register's state at any line is cheap to take in (evolve.ts,
// without the rules). So the journal is cut in two (shared/journal/cut.ts); another
// worker checks the first part, hashes and rules, while this one takes the first part in
// and checks the second. The verdict is the one a single reader making every check would
// give: a fault in the first part comes first, whatever this reader found or failed on
// (decision 0079); otherwise this reader's, which also sees what crosses the cut (blank
// lines before an event). This reader sees every event, in order, for the facts.
import { cutOffset, firstPartFault, type JournalCut } from '../../shared/journal/cut';
import { createJournalReader, type EventListener, type JournalVerdict, type ReaderChecks } from '../../shared/journal/read';
import { compactSha256OfText } from '../../shared/register/sha256-text';
import { browserByteText } from './byte-text';
import { feedJournalStream } from './journal-stream';

/**
 * The first part's share of the bytes, checked by the helper. Taking a line in costs
 * about half of checking it (it is read and parsed all the same), and this worker takes
 * the first part in before checking the second: measured on the bench's million events
 * in Chromium, each worker then spends about 14 s on the processor.
 */
export const FIRST_PART_SHARE = 0.67;

/** The bytes of a journal, or of a part of it: a File, or a Blob sliced from one. */
export interface JournalBytes {
  size: number;
  stream(): ReadableStream<Uint8Array>;
  slice(start?: number, end?: number): JournalBytes;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Checks the first part of a journal (its bytes before `end`), every check, on another thread. */
export type FirstPartElsewhere = (file: JournalBytes, end: number) => Promise<JournalVerdict>;

/** The page has no node:crypto: the compact SHA-256, cheaper per line than the domain's own (same digest). */
const PAGE_CHECKS: ReaderChecks = { sha256: compactSha256OfText, byteText: browserByteText };

/** One reader, every check, from the first byte: a small journal, or the first part on its own thread. */
export async function readJournalFile(file: JournalBytes, onProgress: (read: number) => void, onEvent?: EventListener): Promise<JournalVerdict> {
  const reader = createJournalReader(onEvent, undefined, PAGE_CHECKS);
  await feedJournalStream(file.stream(), reader, onProgress);
  return reader.end();
}

/**
 * The journal's verdict. `onEvent` sees every event, in order (those of the first part as
 * they are taken in): what it gathers is used only if the verdict holds.
 */
export async function checkJournalFile(
  file: JournalBytes,
  onProgress: (read: number) => void,
  onEvent?: EventListener,
  firstPartElsewhere?: FirstPartElsewhere,
  cut: JournalCut = {},
): Promise<JournalVerdict> {
  const readAt = async (position: number, length: number) => new Uint8Array(await file.slice(position, position + length).arrayBuffer());
  const offset = firstPartElsewhere ? await cutOffset(file.size, cut.share ?? FIRST_PART_SHARE, readAt, cut.smallest) : null;
  if (offset === null || !firstPartElsewhere) return readJournalFile(file, onProgress, onEvent);
  // Once the other worker has named a fault (or failed), nothing read here can change the verdict: reading stops.
  let faultKnown = false;
  const firstPart = firstPartElsewhere(file, offset);
  firstPart.then(
    (verdict) => (faultKnown = firstPartFault(verdict) !== null),
    () => (faultKnown = true),
  );
  const stopped = () => faultKnown;
  const reader = createJournalReader(onEvent, undefined, { ...PAGE_CHECKS, foldFirst: true });
  const ownPart = (async () => {
    await feedJournalStream(file.slice(0, offset).stream(), reader, onProgress, true, stopped);
    reader.checkFromHere();
    if (!stopped()) await feedJournalStream(file.slice(offset).stream(), reader, (read) => onProgress(offset + read), false, stopped);
    return reader.end();
  })();
  // A first part the other worker refuses was taken in here unchecked: its events may not
  // fold (an opening without its establishment), or leave a state the rules cannot read.
  // Whatever this reader then found or failed on, the first part's fault decides.
  const [first, own] = await Promise.allSettled([firstPart, ownPart]);
  if (first.status === 'rejected') throw first.reason;
  const fault = firstPartFault(first.value);
  if (fault) return fault;
  if (own.status === 'rejected') throw own.reason;
  return own.value;
}
