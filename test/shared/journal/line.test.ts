import { describe, expect, it } from 'vitest';
import { journalFileName, parseLine, serializeLine } from '../../../shared/journal/line';
import { sealedSlice } from '../../fixtures/events';

describe('serializeLine', () => {
  it('writes one event as one line of JSON ended by a line break', () => {
    const [opening] = sealedSlice();
    const line = serializeLine(opening!);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(opening);
  });

  it('keeps accented text readable rather than escaped', () => {
    const [, , receipt] = sealedSlice();
    expect(serializeLine(receipt!)).toContain('Répartiteur Ouest');
  });
});

describe('parseLine', () => {
  it('reads back every event it wrote', () => {
    for (const event of sealedSlice()) expect(parseLine(serializeLine(event))).toEqual({ ok: true, event });
  });

  it('refuses text that is not JSON as json', () => {
    const line = serializeLine(sealedSlice()[2]!);
    expect(parseLine(line.slice(0, 40))).toEqual({ ok: false, reason: 'json' });
    expect(parseLine('')).toEqual({ ok: false, reason: 'json' });
  });

  it('refuses JSON that is not an event as shape', () => {
    for (const text of ['null', '42', '"texte"', '{"hello":1}', '{"seq":"1","hash":"a","prevHash":"b","type":"receipt"}']) {
      expect(parseLine(text)).toEqual({ ok: false, reason: 'shape' });
    }
  });

  it('requires an integer order number, both hashes and a type', () => {
    const { hash: _hash, ...withoutHash } = sealedSlice()[0]!;
    expect(parseLine(JSON.stringify(withoutHash))).toEqual({ ok: false, reason: 'shape' });
    expect(parseLine(JSON.stringify({ ...sealedSlice()[0]!, seq: 1.5 }))).toEqual({ ok: false, reason: 'shape' });
  });
});

describe('journalFileName', () => {
  it('names the file after the register', () => {
    expect(journalFileName('REG-2026-001')).toBe('REG-2026-001.journal.jsonl');
  });
});
