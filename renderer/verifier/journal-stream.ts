// Feeds a journal file to the journal reader line by line as its bytes arrive, with the
// journal format's tolerances (a byte order mark, Windows line ends): a file of a million
// lines is never held whole, and the count of bytes read drives the progress bar.
import type { JournalReader } from '../../shared/journal/read';

/** Reads until the end or the first break; `onBytes` is told the running total of bytes read. */
export async function feedJournalStream(stream: ReadableStream<Uint8Array>, reader: JournalReader, onBytes: (read: number) => void): Promise<void> {
  const bytes = stream.getReader();
  // Not fatal: a byte that is not UTF-8 becomes U+FFFD, so its line fails its hash and is named.
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let read = 0;
  let first = true;
  const feed = (line: string): boolean => reader.line(line.endsWith('\r') ? line.slice(0, -1) : line) !== null;
  try {
    for (;;) {
      const { done, value } = await bytes.read();
      const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      if (!done) read += value.byteLength;
      let chunk = carry + text;
      if (first && chunk.length > 0) {
        first = false;
        if (chunk.startsWith('\ufeff')) chunk = chunk.slice(1);
      }
      let start = 0;
      for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
        if (feed(chunk.slice(start, end))) return;
        start = end + 1;
      }
      carry = chunk.slice(start);
      onBytes(read);
      if (done) break;
    }
    // A last line without its line break is still a line of the file.
    if (carry !== '') feed(carry);
  } finally {
    void bytes.cancel().catch(() => undefined);
  }
}
