// Feeds a journal file to the journal reader line by line as its bytes arrive, with the
// journal format's tolerances (shared/journal/file-text.ts): a file of a million lines is
// never held whole, and the count of bytes read drives the progress bar.
//
// The lines are handed over as their bytes, one character per byte, not decoded
// (shared/journal/byte-line.ts). Decoding UTF-8 with Chromium's TextDecoder was the page's
// slowest step, about 80 MB/s here (every line names its author with a typographic
// apostrophe), against a few hundred for copying the bytes into a string as they are.
import type { JournalReader } from '../../shared/journal/read';
import { lastLineBreak, linesOfRun, withoutByteOrderMark } from '../../shared/journal/file-text';

/** Characters handed to String.fromCharCode at a time: far below any engine's limit on arguments. */
const PIECE = 1 << 13;

/** The bytes as a byte string: each byte one character, below 0x100. */
function byteString(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.byteLength; at += PIECE) text += String.fromCharCode.apply(null, bytes.subarray(at, at + PIECE) as unknown as number[]);
  return text;
}

/**
 * Reads until the end, the first break, or `stopped` (asked between blocks); `onBytes` is
 * told the running total of bytes read. `startOfFile`: false for a part of the file that
 * starts after its first line, where a byte order mark would not be the file's but a
 * character of a line.
 */
export async function feedJournalStream(
  stream: ReadableStream<Uint8Array>,
  reader: JournalReader,
  onBytes: (read: number) => void,
  startOfFile = true,
  stopped: () => boolean = () => false,
): Promise<void> {
  const blocks = stream.getReader();
  let first = startOfFile;
  const feed = (lines: readonly string[]): boolean => {
    for (const line of lines) {
      if (reader.byteLine(first ? withoutByteOrderMark(line, true) : line)) return true;
      first = false;
    }
    return false;
  };
  // The start of a line whose end is in a later block.
  let carried = '';
  let afterReturn = false;
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await blocks.read();
      if (stopped()) return;
      if (done) break;
      read += value.byteLength;
      const text = carried + byteString(value);
      const cut = lastLineBreak(text) + 1;
      if (cut > 0) {
        const lines = linesOfRun(text.slice(0, cut), afterReturn);
        afterReturn = text[cut - 1] === '\r';
        if (feed(lines)) return;
      }
      carried = text.slice(cut);
      onBytes(read);
    }
    // A last line without its line break is still a line of the file.
    feed(linesOfRun(carried, afterReturn));
  } finally {
    void blocks.cancel().catch(() => undefined);
  }
}
