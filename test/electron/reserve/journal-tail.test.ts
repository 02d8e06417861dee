// Where a reserve journal ends, and what the writer does with a torn end: found whatever
// the size of the last event, moved aside whole, never touching a complete line.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { healJournal } from '../../../electron/reserve/heal-journal';
import { inspectJournal, JournalDamagedError } from '../../../electron/reserve/journal-tail';
import { createReserveHandlers } from '../../../electron/reserve/reserve-handlers';
import { serializeLine } from '../../../shared/journal/line';
import { reseal, sealedSlice } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';

const REGISTER_ID = 'REG-2026-001';
let root: string;
let path: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-tail-'));
  path = join(root, `${REGISTER_ID}.journal.jsonl`);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const NOW = new Date('2026-03-10T09:30:00.000Z');

describe('inspectJournal', () => {
  it('finds the last event whole when it is larger than any read chunk', async () => {
    const events = sealedSlice();
    const huge = reseal(events[3]!, { observation: 'Clôture — '.repeat(30_000) }); // ≈ 330 kB on one line
    await writeFile(path, [...events.slice(0, 3), huge].map(serializeLine).join(''));
    expect(await inspectJournal(path)).toMatchObject({ head: { seq: 4, hash: huge.hash }, tail: null });
    // And the reserve answers with it, where it used to fail for good.
    const handlers = createReserveHandlers({ dataFolder: join(root, 'data'), chooseFolder: async () => root });
    accepted(await handlers['reserve:chooseFolder'](null));
    expect(accepted(await handlers['reserve:status']({ registerId: REGISTER_ID })).head).toEqual({ seq: 4, hash: huge.hash });
  });

  it('tells a line without its newline, and an unreadable last line, from the events before', async () => {
    const events = sealedSlice();
    const complete = events.slice(0, 3).map(serializeLine).join('');
    const half = serializeLine(events[3]!).slice(0, 40);
    await writeFile(path, complete + half);
    expect(await inspectJournal(path)).toMatchObject({ head: { seq: 3 }, soundEnd: Buffer.byteLength(complete), tail: { kind: 'unterminated', bytes: 40 } });
    await writeFile(path, `${complete}\u0000\u0000{"seq":4,\n`);
    expect(await inspectJournal(path)).toMatchObject({ head: { seq: 3 }, soundEnd: Buffer.byteLength(complete), tail: { kind: 'unreadable' } });
  });

  it('refuses to call damage before the last line a torn end', async () => {
    const lines = sealedSlice().map(serializeLine);
    await writeFile(path, `${lines[0]}${lines[1]}pas un événement\nillisible aussi\n`);
    await expect(inspectJournal(path)).rejects.toBeInstanceOf(JournalDamagedError);
    const before = await readFile(path);
    const handlers = createReserveHandlers({ dataFolder: join(root, 'data'), chooseFolder: async () => root });
    accepted(await handlers['reserve:chooseFolder'](null));
    expect(refusal(await handlers['reserve:append']({ registerId: REGISTER_ID, events: sealedSlice() })).code).toBe('reserve.damaged');
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await readdir(root)).filter((name) => name.includes('fragment'))).toEqual([]);
  });
});

describe('healJournal', () => {
  it('copies the torn end to a dated side file, then cuts the journal back to its last complete line', async () => {
    const events = sealedSlice();
    const complete = events.slice(0, 3).map(serializeLine).join('');
    const half = serializeLine(events[3]!).slice(0, 57);
    await writeFile(path, complete + half);
    const repair = await healJournal(path, NOW);
    expect(repair).toEqual({
      at: NOW.toISOString(),
      fragment: `${REGISTER_ID}.journal.jsonl.fragment-2026-03-10T09-30-00-000Z`,
      bytes: 57,
      kind: 'unterminated',
      keptSeq: 3,
    });
    expect(await readFile(path, 'utf8')).toBe(complete);
    expect(await readFile(join(root, repair!.fragment), 'utf8')).toBe(half);
  });

  it('leaves a journal that ends on a complete line exactly as it is', async () => {
    const text = sealedSlice().map(serializeLine).join('');
    await writeFile(path, text);
    expect(await healJournal(path, NOW)).toBeNull();
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await readdir(root)).toEqual([`${REGISTER_ID}.journal.jsonl`]);
  });

  it('never writes over an earlier side file of the same instant', async () => {
    const complete = sealedSlice().slice(0, 2).map(serializeLine).join('');
    await writeFile(path, `${complete}{"seq":3`);
    await writeFile(join(root, `${REGISTER_ID}.journal.jsonl.fragment-2026-03-10T09-30-00-000Z`), 'plus ancien');
    await expect(healJournal(path, NOW)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe(`${complete}{"seq":3`);
    expect(await readFile(join(root, `${REGISTER_ID}.journal.jsonl.fragment-2026-03-10T09-30-00-000Z`), 'utf8')).toBe('plus ancien');
  });
});
