// Paging through a reserve journal by byte offset: each page is read from where the
// previous one stopped, never from the first line again.
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJournalEvents, readJournalOpening } from '../../../electron/reserve/journal-file';
import { inspectJournal } from '../../../electron/reserve/journal-tail';
import { serializeLine } from '../../../shared/journal/line';
import { sealedSlice } from '../../fixtures/events';

let root: string;
let path: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-journal-file-'));
  path = join(root, 'REG.journal.jsonl');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/**
 * Lines with the shape the reader checks (it parses; the chain is verified elsewhere),
 * with multi-byte text so that byte offsets and character offsets differ, long enough
 * for a journal to span several read chunks.
 */
function syntheticLines(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const seq = index + 1;
    const hash = seq.toString(16).padStart(64, '0');
    return `${JSON.stringify({ seq, prevHash: '0'.repeat(64), hash, type: 'receipt', note: `Œuf « ${seq} » — ß ${'é'.repeat(seq % 97)} 💊` })}\n`;
  });
}

async function readAll(limit: number) {
  const pages: { seqs: number[]; cursor: number; nextCursor: number; done: boolean }[] = [];
  let cursor = 0;
  for (;;) {
    const page = await readJournalEvents(path, cursor, limit);
    pages.push({ seqs: page.events.map((event) => event.seq), cursor, nextCursor: page.nextCursor, done: page.done });
    if (page.done) return pages;
    expect(page.nextCursor).toBeGreaterThan(cursor);
    cursor = page.nextCursor;
  }
}

describe('readJournalEvents', () => {
  it('pages through the file by byte offset, each cursor at the start of a line', async () => {
    const lines = syntheticLines(3_000); // about 1 MB: several 256 KiB chunks, lines cut at chunk edges
    await writeFile(path, lines.join(''));
    const pages = await readAll(7);
    expect(pages.flatMap((page) => page.seqs)).toEqual(lines.map((_, index) => index + 1));
    expect(pages.at(-1)).toMatchObject({ done: true, nextCursor: Buffer.byteLength(lines.join('')) });
    // Each next cursor is exactly the byte length of the lines returned so far.
    const offsetAfter = (seq: number) => Buffer.byteLength(lines.slice(0, seq).join(''));
    for (const page of pages.slice(0, -1)) expect(page.nextCursor).toBe(offsetAfter(page.seqs.at(-1) ?? 0));
  });

  it('reads a line of several megabytes that the tail takes for a complete event', async () => {
    // A very long line (an inventory of a great many products, sealed): the tail and the
    // pager a restore reads through must agree on it, or the restore stops where the tail did not.
    const [first, second] = syntheticLines(2);
    const long = `${JSON.stringify({ seq: 3, prevHash: '0'.repeat(64), hash: '3'.padStart(64, '0'), type: 'inventory', note: 'x'.repeat(3 * 1024 * 1024) })}\n`;
    await writeFile(path, `${first}${second}${long}`);
    expect(await inspectJournal(path)).toMatchObject({ head: { seq: 3 }, tail: null });
    expect((await readAll(10)).flatMap((page) => page.seqs)).toEqual([1, 2, 3]);
  });

  it('reads from a cursor in the middle without touching the lines before it', async () => {
    const events = sealedSlice();
    await writeFile(path, events.map(serializeLine).join(''));
    const first = await readJournalEvents(path, 0, 2);
    expect(first.events).toEqual(events.slice(0, 2));
    expect(first).toMatchObject({ nextCursor: Buffer.byteLength(events.slice(0, 2).map(serializeLine).join('')), done: false });

    // Line 1 is now garbage of the same length: a reader that skipped lines from the start
    // would have to parse it; a read from the cursor never sees it.
    const corrupted = Buffer.from(await readFile(path));
    corrupted.fill('#'.charCodeAt(0), 0, Buffer.byteLength(serializeLine(events[0]!)) - 1);
    await writeFile(path, corrupted);
    await expect(readJournalEvents(path, 0, 2)).rejects.toThrow('Ligne illisible à l’octet 0');

    const rest = await readJournalEvents(path, first.nextCursor, 10);
    expect(rest.events).toEqual(events.slice(2));
    expect(rest).toMatchObject({ nextCursor: corrupted.length, done: true });
  });

  it('stops at the limit, and keeps a line still being written for the next page', async () => {
    const events = sealedSlice();
    const text = events.map(serializeLine).join('');
    const offsetAfter = (count: number) => Buffer.byteLength(events.slice(0, count).map(serializeLine).join(''));
    await writeFile(path, text);
    const page = await readJournalEvents(path, 0, 1);
    expect(page.events.map((event) => event.seq)).toEqual([1]);
    expect(page).toMatchObject({ nextCursor: offsetAfter(1), done: false });

    // The file ends in the middle of line 3, as while it is being appended to: line 3 is
    // not returned, and the next cursor is its first byte.
    const bytes = Buffer.from(text);
    const cut = offsetAfter(2) + 40;
    await writeFile(path, bytes.subarray(0, cut));
    const second = await readJournalEvents(path, page.nextCursor, 10);
    expect(second.events.map((event) => event.seq)).toEqual([2]);
    expect(second).toMatchObject({ nextCursor: offsetAfter(2), done: false });

    // The rest of the line arrives: the next page starts with it.
    const handle = await open(path, 'a');
    await handle.appendFile(bytes.subarray(cut));
    await handle.close();
    const third = await readJournalEvents(path, second.nextCursor, 10);
    expect(third.events).toEqual(events.slice(2));
    expect(third).toMatchObject({ nextCursor: bytes.length, done: true });
  });

  it('accepts what the journal format tolerates: a byte order mark, CRLF, no final newline, trailing blank lines', async () => {
    const events = sealedSlice();
    const lines = events.map((event) => serializeLine(event).trimEnd());
    await writeFile(path, `\ufeff${lines.join('\r\n')}`);
    expect((await readJournalEvents(path, 0, 10)).events).toEqual(events);
    await writeFile(path, `${lines.join('\n')}\n\n\n`);
    const page = await readJournalEvents(path, 0, 10);
    expect(page.events).toEqual(events);
    expect(page.done).toBe(true);
    expect(await readJournalOpening(path)).toEqual(events[0]);
  });

  it('refuses a cursor beyond the end of the file and a cursor inside a line', async () => {
    const events = sealedSlice();
    const text = events.map(serializeLine).join('');
    await writeFile(path, text);
    await expect(readJournalEvents(path, Buffer.byteLength(text) + 1, 10)).rejects.toThrow('au-delà de la fin');
    await expect(readJournalEvents(path, 5, 10)).rejects.toThrow('Ligne illisible à l’octet 5');
    expect(await readJournalEvents(path, Buffer.byteLength(text), 10)).toEqual({ events: [], nextCursor: Buffer.byteLength(text), done: true });
  });
});
