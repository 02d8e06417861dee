import { describe, expect, it } from 'vitest';
import canonicalize from 'canonicalize';
import { canonicalJson } from '../../../shared/register/canonical-json';
import { serializeLine } from '../../../shared/journal/line';
import { scenarioEvents } from '../editions/scenario';

/** What the `canonicalize` package answers: its text, or the fact that it refuses. */
function byThePackage(value: unknown): string | 'refused' {
  try {
    return canonicalize(value) ?? 'refused';
  } catch {
    return 'refused';
  }
}

function byOurs(value: unknown): string | 'refused' {
  try {
    return canonicalJson(value);
  } catch {
    return 'refused';
  }
}

class Box {
  constructor(readonly a = 1) {}
}

describe('canonicalJson', () => {
  it.each([
    ['members in order', { a: 1, b: 'deux', c: [true, null, { d: -0.5 }] }],
    ['members out of order', { b: 1, a: { z: 1, y: 2 } }],
    ['integer-like keys, which the engine lists first', JSON.parse('{"10":1,"9":2,"a":3}') as unknown],
    ['a member undefined', { a: undefined, b: 1 }],
    ['a Date', { at: new Date(Date.UTC(2026, 0, 15)) }],
    ['an object with toJSON', { a: { toJSON: () => 'x' } }],
    ['an instance of a class', { a: new Box() }],
    ['an object without prototype', Object.assign(Object.create(null) as object, { a: 1, b: 2 })],
    ['an array with a hole and an undefined', [1, , undefined, 3]],
    ['negative zero and large numbers', { a: -0, b: 1e21, c: 2 ** 53, d: 0.1 + 0.2 }],
    ['escapes and non-ASCII', { a: 'l’été\n"\u2028\u0000', b: '😀' }],
    ['a backslash before ud, as text', { a: '\\ud800' }],
    ['a lone surrogate', { a: '\ud800' }],
    ['NaN', { a: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['a bigint', { a: 1n }],
    ['a function member', { a: () => 1, b: 2 }],
    ['keys that differ beyond the first code unit', { 'a\u{1F600}': 1, 'a\uFFFF': 2 }],
    ['a primitive', 'texte'],
    ['deep nesting', JSON.parse('['.repeat(40) + ']'.repeat(40)) as unknown],
    ['a __proto__ member, out of order', JSON.parse('{"b":1,"__proto__":{"y":1,"x":2}}') as unknown],
    ['keys starting with a digit, out of order', { b: 1, '1a': 2, '01': 3 }],
    ['nested members out of order under members in order', { a: { d: [{ f: 1, e: 'é' }], c: null }, b: true }],
  ])('writes what canonicalize writes, or refuses as it does: %s', (_name, value) => {
    expect(byOurs(value)).toBe(byThePackage(value));
  });

  it('refuses a cycle as canonicalize does', () => {
    const looped: Record<string, unknown> = { a: 1 };
    looped.self = looped;
    expect(byOurs(looped)).toBe('refused');
  });

  it('writes every event of a register, its fields in the order they were written (as IndexedDB keeps them), as canonicalize does', () => {
    const events = scenarioEvents();
    expect(events.some((event) => JSON.stringify(event) !== canonicalize(event))).toBe(true);
    for (const event of events) {
      const { hash: _hash, ...unsealed } = event;
      expect(canonicalJson(unsealed)).toBe(canonicalize(unsealed));
    }
  });

  it('writes every event of a register read back from its lines as canonicalize does', () => {
    for (const event of scenarioEvents()) {
      const read = JSON.parse(serializeLine(event)) as unknown;
      expect(canonicalJson(read)).toBe(canonicalize(read));
    }
  });
});
