import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal, UnreadableJournalError } from '../../../electron/files/read-journal';
import { openingDraft, productDraft, receiptDraft } from '../../fixtures/drafts';
import { reseal, sealAll, sealedSlice } from '../../fixtures/events';
import { journalLines, tempFolder, weekOfMovements, writeJournal, writeJournalText } from './journal-files';

/** The journal of sealedSlice() with its lines changed, written back with line breaks. */
function brokenJournal(change: (lines: string[]) => string[]): string {
  return writeJournalText(
    change(journalLines(sealedSlice()))
      .map((line) => `${line}\n`)
      .join(''),
  );
}

describe('readJournal', () => {
  it('accepts an intact journal and counts what it holds', async () => {
    const events = weekOfMovements();
    expect(await readJournal(writeJournal(events))).toEqual({
      ok: true,
      events: 7,
      movements: 4,
      products: 2,
      lastSeq: 7,
      headHash: events[6]!.hash,
      signing: { signatures: 0, key: undefined },
    });
  });

  it('accepts a journal with no final line break, or with Windows line breaks and a byte order mark', async () => {
    const lines = journalLines(sealedSlice());
    expect(await readJournal(writeJournalText(lines.join('\n')))).toMatchObject({ ok: true, lastSeq: 4 });
    expect(await readJournal(writeJournalText(`\ufeff${lines.join('\r\n')}\r\n`))).toMatchObject({ ok: true, lastSeq: 4 });
  });

  it('accepts a trailing empty line', async () => {
    expect(await readJournal(writeJournalText(`${journalLines(sealedSlice()).join('\n')}\n\n`))).toMatchObject({ ok: true, lastSeq: 4 });
  });

  it('refuses a quantity altered by one byte, naming its line and order number', async () => {
    const path = brokenJournal((lines) => {
      expect(lines[2]).toContain('"quantity":30000');
      lines[2] = lines[2]!.replace('"quantity":30000', '"quantity":30001');
      return lines;
    });
    expect(await readJournal(path)).toEqual({ ok: false, line: 3, seq: 3, reason: 'hash' });
  });

  it('refuses a deleted line as a gap at the line that follows it', async () => {
    const path = brokenJournal((lines) => lines.filter((_, index) => index !== 1));
    expect(await readJournal(path)).toEqual({ ok: false, line: 2, seq: 3, expectedSeq: 2, reason: 'gap' });
  });

  it('refuses reordered lines at the first line out of place', async () => {
    const path = brokenJournal(([a, b, c, d]) => [a!, b!, d!, c!]);
    expect(await readJournal(path)).toEqual({ ok: false, line: 3, seq: 4, expectedSeq: 3, reason: 'gap' });
  });

  it('refuses a line that is not JSON, without an order number', async () => {
    const path = brokenJournal((lines) => {
      lines[3] = lines[3]!.slice(0, 50);
      return lines;
    });
    expect(await readJournal(path)).toEqual({ ok: false, line: 4, reason: 'json' });
  });

  it('refuses JSON that is not an event', async () => {
    const path = brokenJournal((lines) => [lines[0]!, '{"note":"ajoutée à la main"}', ...lines.slice(1)]);
    expect(await readJournal(path)).toEqual({ ok: false, line: 2, reason: 'shape' });
  });

  it('refuses an altered event sealed again, at the next line whose link no longer holds', async () => {
    const events = sealedSlice();
    events[2] = reseal(events[2]!, { quantity: 300_000 });
    expect(await readJournal(writeJournal(events))).toEqual({ ok: false, line: 4, seq: 4, reason: 'prevHash' });
  });

  it('refuses an empty file as empty', async () => {
    expect(await readJournal(writeJournalText(''))).toEqual({ ok: false, line: 1, reason: 'empty' });
    expect(await readJournal(writeJournalText('\n'))).toEqual({ ok: false, line: 1, reason: 'empty' });
  });

  it('hands over each verified event in order, and stops at the first break', async () => {
    const seen: number[] = [];
    const path = brokenJournal((lines) => [lines[0]!, lines[1]!, 'pas du JSON', lines[2]!, lines[3]!]);
    expect(await readJournal(path, (event) => seen.push(event.seq))).toMatchObject({ ok: false, line: 3 });
    expect(seen).toEqual([1, 2]);
  });

  it('reports a missing file or a folder as unreadable, with the system code', async () => {
    const missing = join(tempFolder(), 'absent.journal.jsonl');
    await expect(readJournal(missing)).rejects.toMatchObject({ name: 'UnreadableJournalError', path: missing, code: 'ENOENT' });
    const folder = join(tempFolder(), 'dossier.journal.jsonl');
    mkdirSync(folder);
    await expect(readJournal(folder)).rejects.toBeInstanceOf(UnreadableJournalError);
    await expect(readJournal(folder)).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('verifies a long journal line by line', async () => {
    const long = sealAll([openingDraft(), productDraft(), ...Array.from({ length: 3000 }, () => receiptDraft())]);
    expect(await readJournal(writeJournal(long))).toMatchObject({ ok: true, events: 3002, movements: 3000, lastSeq: 3002 });
  });
});
