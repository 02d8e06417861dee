// The second thread's share of `verify` (verify-journal.ts): it reads the whole journal,
// but checks only its second part. The first part's lines, which the calling thread
// checks at the same time, are only taken in: their links followed and their events
// folded into the register's state, without recomputing hashes or replaying rules (a
// fifth of the cost); from the cut on, every check is made, from that state. Its verdict
// is a single reader's for the second part, and its summary the whole journal's.
import { createJournalReader, type EventListener, type JournalVerdict } from '../../shared/journal/read';
import { fileByteLines } from './file-lines';
import { withoutByteOrderMark } from '../../shared/journal/file-text';
import { nodeByteText } from './byte-text';
import { fileRuns } from './read-journal';
import { sha256OfTextNative } from './sha256';

/**
 * `offset`: where the second part starts (journal-split.ts). `stopped`: asked between
 * lines; once it says so, the caller has found a fault in the first part and nothing
 * read here can change the verdict. `onEvent` sees every event of the journal, in order,
 * those of the first part as they are folded: what it gathers is used only if both
 * parts hold.
 */
export async function readSecondPart(path: string, offset: number, stopped: () => boolean = () => false, onEvent?: EventListener): Promise<JournalVerdict> {
  const reader = createJournalReader(onEvent, undefined, { sha256: sha256OfTextNative, foldFirst: true, byteText: nodeByteText });
  let first = true;
  for (const [end, start] of [
    [offset, 0],
    [undefined, offset],
  ] as const) {
    for await (const { lines, bytes } of fileRuns(path, fileByteLines(path, end, undefined, start))) {
      for (const raw of lines) {
        if (stopped()) return reader.end();
        const text = first ? withoutByteOrderMark(raw, bytes) : raw;
        first = false;
        if (bytes ? reader.byteLine(text) : reader.line(text)) return reader.end();
      }
    }
    reader.checkFromHere();
  }
  return reader.end();
}
