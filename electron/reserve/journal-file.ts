// The reserve copy on the second medium: one journal file per register, only ever
// appended to. Each append is flushed to the device (fsync) and read back before it is
// acknowledged, so "à jour" on screen means the bytes are really on the other medium.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseLine, serializeLine } from '../../shared/journal/line';
import type { RegisterEvent } from '../../shared/register/events';

export interface JournalHead {
  seq: number;
  hash: string;
}

const TAIL_BYTES = 64 * 1024;

/** The last event of a journal file, read from its tail; null when the file is absent or empty. */
export async function readJournalHead(path: string): Promise<JournalHead | null> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (size === 0) return null;
  const handle = await open(path, 'r');
  try {
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n').filter((line) => line.trim() !== '');
    const last = lines.at(-1);
    const parsed = last === undefined ? null : parseLine(last);
    if (!parsed?.ok) throw new Error(`Dernière ligne illisible dans ${path}`);
    return { seq: parsed.event.seq, hash: parsed.event.hash };
  } finally {
    await handle.close();
  }
}

/** Appends events, flushes them to the device, and checks that what is on disk is what was sent. */
export async function appendJournal(path: string, events: readonly RegisterEvent[]): Promise<void> {
  if (events.length === 0) return;
  const text = events.map(serializeLine).join('');
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

/** Reads up to `limit` events after an order number (line n holds order number n). */
export async function readJournalEvents(path: string, afterSeq: number, limit: number): Promise<RegisterEvent[]> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const events: RegisterEvent[] = [];
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (lineNumber <= afterSeq || line.trim() === '') continue;
      const parsed = parseLine(line);
      if (!parsed.ok) throw new Error(`Ligne ${lineNumber} illisible dans ${path}`);
      events.push(parsed.event);
      if (events.length === limit) break;
    }
  } finally {
    lines.close();
  }
  return events;
}

/** The first event of a journal: its opening, which names the establishment. */
export async function readJournalOpening(path: string): Promise<RegisterEvent | null> {
  const [first] = await readJournalEvents(path, 0, 1);
  return first ?? null;
}
