// Where a reserve journal really ends. A write cut short (a full disk, a key pulled out,
// a crash) leaves part of a line after the last complete event; that tail was never
// acknowledged (the application acknowledges only once the whole line, '\n' included,
// is on the medium and read back). Readers stop before it; the writer moves it aside
// (heal-journal.ts). The last line is found by scanning back in chunks, so an event of
// any size (a monthly closure of hundreds of products) is found whole.
import { open, type FileHandle } from 'node:fs/promises';
import { parseLine } from '../../shared/journal/line';
import type { ChainHead } from '../../shared/register/chain-head';
import { MAX_JOURNAL_LINE_BYTES } from './journal-line-limit';

export interface JournalTail {
  /** Byte offset where the tail starts: the end of the last complete line. */
  start: number;
  bytes: number;
  /** No '\n' after it, or a last line ending in '\n' that is not an event. */
  kind: 'unterminated' | 'unreadable';
}

export interface JournalShape {
  size: number;
  /** The last complete event, null when the journal holds none. */
  head: ChainHead | null;
  /** End of the last complete line: the journal proper is the bytes before it. */
  soundEnd: number;
  tail: JournalTail | null;
}

/** Raised for damage that is not a torn end: a line before the last is not an event. */
export class JournalDamagedError extends Error {
  constructor(
    readonly path: string,
    readonly offset: number,
  ) {
    super(`Ligne illisible à l’octet ${offset} de ${path}, avant la dernière ligne`);
    this.name = 'JournalDamagedError';
  }
}

const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;
const BYTE_ORDER_MARK = '\ufeff';

/** Offset of the last '\n' strictly before `end`, or -1: read backwards, one chunk at a time. */
export async function lastNewlineBefore(handle: FileHandle, end: number): Promise<number> {
  const buffer = Buffer.alloc(CHUNK);
  let position = end;
  while (position > 0) {
    const length = Math.min(CHUNK, position);
    position -= length;
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    const found = buffer.subarray(0, bytesRead).lastIndexOf(NEWLINE);
    if (found !== -1) return position + found;
  }
  return -1;
}

async function readRange(handle: FileHandle, start: number, end: number): Promise<string> {
  const buffer = Buffer.alloc(end - start);
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
  return buffer.subarray(0, bytesRead).toString('utf8');
}

/**
 * The head a complete line announces, or null when the line is not one of the journal's.
 * The clear journal reads it from the event; the encrypted one from the line's clear part
 * (decision 0041), so that its end is found and healed without the key.
 */
export type LineHead = (text: string) => ChainHead | null;

export const clearLineHead: LineHead = (text) => {
  const parsed = parseLine(text);
  return parsed.ok ? { seq: parsed.event.seq, hash: parsed.event.hash } : null;
};

function lineHead(text: string, start: number, headOf: LineHead): ChainHead | 'blank' | null {
  const clean = (start === 0 && text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text).replace(/\r$/, '');
  if (clean.trim() === '') return 'blank';
  return headOf(clean);
}

/** The journal's shape as it stands; a missing file is an empty journal. */
export async function inspectJournal(path: string, headOf: LineHead = clearLineHead): Promise<JournalShape> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { size: 0, head: null, soundEnd: 0, tail: null };
    throw error;
  }
  try {
    const { size } = await handle.stat();
    let end = (await lastNewlineBefore(handle, size)) + 1; // end of the last '\n'-terminated line
    let tail: JournalTail | null = end < size ? { start: end, bytes: size - end, kind: 'unterminated' } : null;
    let soundEnd = end;
    while (end > 0) {
      const lineStart = (await lastNewlineBefore(handle, end - 1)) + 1;
      if (end - 1 - lineStart > MAX_JOURNAL_LINE_BYTES) throw new JournalDamagedError(path, lineStart);
      const event = lineHead(await readRange(handle, lineStart, end - 1), lineStart, headOf);
      if (event !== null && event !== 'blank') return { size, head: event, soundEnd, tail };
      if (event === null) {
        // Only the very last line may be torn; an unreadable line before it is damage.
        if (tail !== null || soundEnd !== end) throw new JournalDamagedError(path, lineStart);
        tail = { start: lineStart, bytes: size - lineStart, kind: 'unreadable' };
        soundEnd = lineStart;
      }
      end = lineStart; // blank lines at the end are tolerated, as by every reader
    }
    return { size, head: null, soundEnd, tail };
  } finally {
    await handle.close();
  }
}
