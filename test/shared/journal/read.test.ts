import { describe, expect, it } from 'vitest';
import { serializeLine } from '../../../shared/journal/line';
import { createJournalReader, type JournalVerdict } from '../../../shared/journal/read';
import type { RegisterEvent } from '../../../shared/register/events';
import { reseal, sealedSlice } from '../../fixtures/events';

function lines(events: readonly RegisterEvent[]): string[] {
  return events.map((event) => serializeLine(event).slice(0, -1));
}

function read(texts: readonly string[]): JournalVerdict {
  const reader = createJournalReader();
  for (const text of texts) if (reader.line(text)) break;
  return reader.end();
}

describe('createJournalReader', () => {
  it('sums up an intact journal', () => {
    const events = sealedSlice();
    expect(read(lines(events))).toEqual({
      ok: true,
      events: 4,
      movements: 2,
      products: 1,
      lastSeq: 4,
      headHash: events[3]!.hash,
      signing: { signatures: 0, key: undefined },
    });
  });

  it('tolerates blank lines at the end only', () => {
    expect(read([...lines(sealedSlice()), '', '  ']).ok).toBe(true);
    const [first, ...rest] = lines(sealedSlice());
    expect(read([first!, '', ...rest])).toEqual({ ok: false, line: 2, reason: 'json' });
  });

  it('calls an empty journal empty, blank lines or not', () => {
    expect(read([])).toEqual({ ok: false, line: 1, reason: 'empty' });
    expect(read(['', ''])).toEqual({ ok: false, line: 1, reason: 'empty' });
  });

  it('names the line and order number of a chain break, with the number expected after a gap', () => {
    const events = sealedSlice();
    expect(read(lines([events[0]!, events[2]!, events[3]!]))).toEqual({ ok: false, line: 2, seq: 3, expectedSeq: 2, reason: 'gap' });
    const forged = [...events];
    forged[2] = reseal(events[2]!, { quantity: 1 });
    expect(read(lines(forged))).toEqual({ ok: false, line: 4, seq: 4, reason: 'prevHash' });
  });

  it('hands over only events that are proven, and none after the first break', () => {
    const events = sealedSlice();
    const seen: number[] = [];
    const reader = createJournalReader((event) => seen.push(event.seq));
    const texts = lines(events);
    texts[2] = texts[2]!.replace('"quantity":30000', '"quantity":30001');
    for (const text of texts) reader.line(text);
    expect(reader.end()).toEqual({ ok: false, line: 3, seq: 3, reason: 'hash' });
    expect(seen).toEqual([1, 2]);
  });

  it('refuses a line of a newer format as such, before its chain, and exposes the replayed state otherwise', () => {
    const events = sealedSlice();
    // A future version would seal its own way: only the declared version is read.
    const newer = lines(events);
    newer[2] = newer[2]!.replace('"format":1', '"format":4');
    expect(read(newer)).toEqual({ ok: false, line: 3, seq: 3, reason: 'format', format: 4 });
    const reader = createJournalReader();
    for (const text of lines(events)) reader.line(text);
    expect(reader.state?.head).toEqual({ seq: 4, hash: events[3]!.hash });
    expect(createJournalReader(undefined, { seq: 4, hash: events[3]!.hash }).state).toBeNull();
  });
});
