import { describe, expect, it } from 'vitest';
import { unsealedCanonicalText } from '../../../shared/journal/canonical-line';
import { serializeLine } from '../../../shared/journal/line';
import { canonicalJson } from '../../../shared/register/seal';
import type { RegisterEvent } from '../../../shared/register/events';
import { sealedSlice } from '../../fixtures/events';

/** What the hash covers, written out by canonicalize: the reference. */
function reference(line: string): string {
  const { hash: _hash, ...unsealed } = JSON.parse(line) as Record<string, unknown>;
  return canonicalJson(unsealed);
}

function fromLine(line: string): string {
  return unsealedCanonicalText(line, JSON.parse(line) as RegisterEvent);
}

/** The line with one nested object's keys written in reverse order, everything else as it was. */
function nestedReversed(line: string, member: string): string {
  const event = JSON.parse(line) as Record<string, Record<string, unknown>>;
  const nested = Object.fromEntries(Object.entries(event[member]!).reverse());
  const text = JSON.stringify({ ...event, [member]: nested });
  expect(text).not.toBe(line);
  return text;
}

const lines = sealedSlice().map((event) => serializeLine(event).slice(0, -1));

describe('unsealedCanonicalText', () => {
  it('is the canonical JSON without the hash for every line the register writes', () => {
    for (const line of lines) expect(fromLine(line)).toBe(reference(line));
  });

  it('is the canonical JSON of what a line says, however the line is written', () => {
    const event = JSON.parse(lines[2]!) as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(event).reverse());
    const variants = {
      'keys in another order': JSON.stringify(reversed),
      'spaces between members': JSON.stringify(event, null, 1),
      'a space after a colon': lines[2]!.replace('"seq":', '"seq": '),
      'a number written with a fraction': lines[2]!.replace('"format":1', '"format":1.0'),
      'an escaped letter': lines[2]!.replace('"type":"receipt"', '"type":"rec\\u0065ipt"'),
      'an escaped solidus': lines[2]!.replace('"type":"receipt"', '"type":"rec\\/eipt"'),
      'a key written twice': lines[2]!.replace('"format":1', '"format":7,"format":1'),
      'nested keys out of order': nestedReversed(lines[0]!, 'establishment'),
      'the hash as the first member': `{"hash":"${'a'.repeat(64)}",${lines[2]!.slice(1).replace(/"hash":"[0-9a-f]{64}",/, '')}`,
      'the hash as the last member': `${lines[2]!.replace(/"hash":"[0-9a-f]{64}",/, '').slice(0, -1)},"zz":1,"hash":"${'b'.repeat(64)}"}`,
      'the hash as the only member': `{"hash":"${'c'.repeat(64)}"}`,
      'a nested member named hash before the top-level one': `{"a":{"hash":"${'d'.repeat(64)}"},"hash":"${'d'.repeat(64)}","seq":1}`,
      'a hash that is not a string of hexadecimal digits': `{"format":1,"hash":"x\\"y","seq":1}`,
    };
    for (const [name, line] of Object.entries(variants)) expect(fromLine(line), name).toBe(reference(line));
  });

  it('leaves a lone surrogate to canonicalize, which refuses it as before', () => {
    const line = lines[2]!.replace('"type":"receipt"', '"type":"\\ud800"');
    expect(() => fromLine(line)).toThrow();
    expect(() => reference(line)).toThrow();
  });
});
