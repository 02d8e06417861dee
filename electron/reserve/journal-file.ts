// The reserve copy on the second medium: one journal file per register, only ever
// appended to. Each append is flushed to the device (fsync) and read back before it is
// acknowledged, so "à jour" on screen means the bytes are really on the other medium.
import { open } from 'node:fs/promises';
import { parseLine, serializeLine } from '../../shared/journal/line';
import type { ChainHead } from '../../shared/register/chain-head';
import type { RegisterEvent } from '../../shared/register/events';
import { clearLineHead, inspectJournal, type LineHead } from './journal-tail';
import { MAX_JOURNAL_LINE_BYTES } from './journal-line-limit';

/**
 * The last complete event of a journal file; null when the file is absent or holds none.
 * A torn end (a write cut short) is not an event and is not counted.
 */
export async function readJournalHead(path: string, headOf: LineHead = clearLineHead): Promise<ChainHead | null> {
  return (await inspectJournal(path, headOf)).head;
}

/** Appends events, flushes them to the device, and checks that what is on disk is what was sent. */
export async function appendJournal(path: string, events: readonly RegisterEvent[]): Promise<void> {
  if (events.length === 0) return;
  await appendJournalText(path, events.map(serializeLine).join(''));
}

/**
 * Appends complete lines ('\n'-terminated), flushes them to the device, and reads back
 * what was appended: the same for the clear and the encrypted journal (decision 0041).
 */
export async function appendJournalText(path: string, text: string): Promise<void> {
  if (text === '') return;
  const handle = await open(path, 'a');
  let start: number;
  try {
    start = (await handle.stat()).size;
    await handle.appendFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  // Read back only what was just appended: a ten-year journal is never re-read whole.
  const expected = Buffer.from(text, 'utf8');
  const written = Buffer.alloc(expected.length);
  const reader = await open(path, 'r');
  try {
    await reader.read(written, 0, expected.length, start);
  } finally {
    await reader.close();
  }
  if (!written.equals(expected)) throw new Error(`Relecture de la copie de réserve différente de ce qui a été écrit (${path})`);
}

/** A page of a journal file and where the next page starts. */
export interface JournalPage {
  events: RegisterEvent[];
  /** Byte offset of the first line not returned: pass it back to read on. */
  nextCursor: number;
  /** True when nothing follows nextCursor (as the file stood when it was read). */
  done: boolean;
}

/** The same page of lines in another journal format (the encrypted one's sealed lines). */
export interface RecordPage<T> {
  records: T[];
  /** Byte offset of the first line not returned: pass it back to read on. */
  nextCursor: number;
  /** True when nothing follows nextCursor (as the file stood when it was read). */
  done: boolean;
}

const READ_CHUNK = 256 * 1024;
const NEWLINE = 0x0a;
const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);

/** A line's text, without the byte order mark an editor may have put at the start of the file. */
function lineText(line: Buffer, start: number): string {
  return (start === 0 && line.subarray(0, 3).equals(BYTE_ORDER_MARK) ? line.subarray(3) : line).toString('utf8');
}

/**
 * Reads up to `limit` events from a byte offset (0 for the start of the file). Only the
 * bytes from the cursor on are read, chunk by chunk, and only as far as needed: a page
 * costs the same at the millionth line as at the first. A line is cut at its '\n', so the
 * cursor always falls on the start of a line, and a line not yet complete is kept for
 * the next call. Blank lines are skipped, and an unreadable complete line is an error:
 * the whole journal is verified before anyone pages through it. Reading stops at `end`
 * when given, so a torn last line is never read.
 */
export async function readJournalEvents(path: string, cursor: number, limit: number, end?: number): Promise<JournalPage> {
  const page = await readJournalRecords(path, cursor, limit, end, (text) => {
    const parsed = parseLine(text);
    return parsed.ok ? parsed.event : null;
  });
  return { events: page.records, nextCursor: page.nextCursor, done: page.done };
}

/** readJournalEvents for any line format: `parse` gives a line's record, or null when it is not one. */
export async function readJournalRecords<T>(
  path: string,
  cursor: number,
  limit: number,
  end: number | undefined,
  parse: (text: string) => T | null,
): Promise<RecordPage<T>> {
  const handle = await open(path, 'r');
  try {
    // `end`: where the journal proper ends, before a torn last line (journal-tail.ts).
    const size = Math.min((await handle.stat()).size, end ?? Number.MAX_SAFE_INTEGER);
    if (cursor > size) throw new Error(`Position ${cursor} au-delà de la fin de ${path} (${size} octets)`);
    const events: T[] = [];
    let pending = Buffer.alloc(0); // bytes read but not yet cut into lines
    let pendingStart = cursor; // file offset of pending[0]
    let position = cursor; // file offset of the next byte to read
    const take = (line: Buffer, start: number) => {
      const text = lineText(line, start);
      if (text.trim() === '') return;
      const parsed = parse(text);
      if (parsed === null) throw new Error(`Ligne illisible à l’octet ${start} de ${path}`);
      events.push(parsed);
    };
    while (events.length < limit && position < size) {
      const chunk = Buffer.alloc(Math.min(READ_CHUNK, size - position));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break; // the file was shortened while being read
      position += bytesRead;
      pending = pending.length === 0 ? chunk.subarray(0, bytesRead) : Buffer.concat([pending, chunk.subarray(0, bytesRead)]);
      let lineStart = 0;
      let newline: number;
      // 0x0a never occurs inside a multi-byte UTF-8 sequence: cutting bytes at it is safe.
      while (events.length < limit && (newline = pending.indexOf(NEWLINE, lineStart)) !== -1) {
        take(pending.subarray(lineStart, newline), pendingStart + lineStart);
        lineStart = newline + 1;
      }
      pending = pending.subarray(lineStart);
      pendingStart += lineStart;
      if (events.length < limit && pending.length > MAX_JOURNAL_LINE_BYTES)
        throw new Error(`Ligne de plus de ${MAX_JOURNAL_LINE_BYTES} octets à l’octet ${pendingStart} de ${path}`);
    }
    // At the end of the file, bytes without a '\n' are either a last event written
    // without a final newline (the format tolerates it) or a line still being written:
    // that one is left for the next call, which will start at its first byte.
    if (events.length < limit && position >= size && pending.length > 0) {
      const text = lineText(pending, pendingStart);
      const blank = text.trim() === '';
      const parsed = blank ? null : parse(text);
      if (parsed !== null) events.push(parsed);
      if (blank || parsed !== null) pendingStart += pending.length;
    }
    return { records: events, nextCursor: pendingStart, done: pendingStart >= size };
  } finally {
    await handle.close();
  }
}

/** The first event of a journal: its opening, which names the establishment. */
export async function readJournalOpening(path: string): Promise<RegisterEvent | null> {
  const { events } = await readJournalEvents(path, 0, 1);
  return events[0] ?? null;
}
