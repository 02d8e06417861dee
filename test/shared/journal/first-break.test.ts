import { describe, expect, it } from 'vitest';
import { serializeLine } from '../../../shared/journal/line';
import { firstBreak } from '../../../shared/journal/first-break';
import { createJournalReader, type JournalVerdict, type ReaderChecks } from '../../../shared/journal/read';
import { loose, rechain, reseal, sealedSlice } from '../../fixtures/events';
import { units } from '../../fixtures/drafts';

function read(texts: readonly string[], checks?: ReaderChecks): JournalVerdict {
  const reader = createJournalReader(undefined, undefined, checks);
  for (const text of texts) if (reader.line(text)) break;
  return reader.end();
}

const intact = sealedSlice().map((event) => serializeLine(event).slice(0, -1));

function withLine(index: number, text: string): string[] {
  const lines = [...intact];
  lines[index] = text;
  return lines;
}

const journals: Record<string, string[]> = {
  intact,
  'a quantity changed': withLine(2, intact[2]!.replace('"quantity":30000', '"quantity":30001')),
  'an event resealed, the next link broken': withLine(2, serializeLine(reseal(sealedSlice()[2]!, { quantity: units(31) })).slice(0, -1)),
  'a line removed': [intact[0]!, intact[1]!, intact[3]!],
  'a line truncated': withLine(1, intact[1]!.slice(0, 30)),
  'a newer format': withLine(3, intact[3]!.replace('"format":1', '"format":2')),
  'every link recomputed over a rule broken': (() => {
    const forged = loose(sealedSlice());
    forged[3] = { ...forged[3], quantity: units(99) };
    return rechain(forged).map((event) => serializeLine(event).slice(0, -1));
  })(),
  'a content changed and a rule broken further on': (() => {
    const forged = loose(sealedSlice());
    forged[3] = { ...forged[3], quantity: units(99) };
    const lines = rechain(forged).map((event) => serializeLine(event).slice(0, -1));
    // The product's name changed behind the chain's back: its hash no longer matches, its links still do.
    lines[1] = lines[1]!.replace('Morphine', 'Morfine');
    return lines;
  })(),
  empty: [],
};

describe('firstBreak', () => {
  it.each(Object.keys(journals))('gives for %s the verdict of one reader making every check', (name) => {
    const lines = journals[name]!;
    expect(firstBreak(read(lines, { rules: false }), read(lines, { hashes: false }))).toEqual(read(lines));
  });

  it('sees a rule broken only with the rules, and a forged hash only with the hashes', () => {
    const rule = journals['every link recomputed over a rule broken']!;
    expect(read(rule, { rules: false }).ok).toBe(true);
    expect(read(rule)).toMatchObject({ ok: false, line: 4, reason: 'rule' });
    const hash = journals['a quantity changed']!;
    expect(read(hash, { hashes: false })).not.toMatchObject({ line: 3, reason: 'hash' });
    expect(read(hash)).toMatchObject({ ok: false, line: 3, reason: 'hash' });
    // The earlier of two breaks found by different threads wins.
    const both = journals['a content changed and a rule broken further on']!;
    expect(read(both, { hashes: false })).toMatchObject({ ok: false, line: 4, reason: 'rule' });
    expect(firstBreak(read(both, { rules: false }), read(both, { hashes: false }))).toMatchObject({ ok: false, line: 2, reason: 'hash' });
  });
});
