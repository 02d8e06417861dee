import { describe, expect, it } from 'vitest';
import { sameJson } from '../../../shared/register/same-json';
import { canonicalJson } from '../../../shared/register/seal';
import { seededRandom as random } from '../../fixtures/seeded-random';

const LEAVES = [0, -0, 1, 1000, -3, 0.5, 1e21, '', '0', 'é', 'a"b', true, false, null, undefined];
const KEYS = ['a', 'b', 'lot', 'é'];

function value(next: () => number, depth: number): unknown {
  const pick = next();
  if (depth === 0 || pick < 0.5) return LEAVES[Math.floor(next() * LEAVES.length)];
  if (pick < 0.7) return Array.from({ length: Math.floor(next() * 3) }, () => value(next, depth - 1));
  const object: Record<string, unknown> = {};
  for (const key of KEYS) if (next() < 0.5) object[key] = value(next, depth - 1);
  return object;
}

/** What the replay compared before: the canonical writing of both sides, as members of an event. */
const sameWriting = (a: unknown, b: unknown) => canonicalJson({ field: a }) === canonicalJson({ field: b });

describe('sameJson: equal exactly when the canonical JSON is', () => {
  it('agrees with canonical JSON on 20 000 pairs of generated values, half of them near-equal', () => {
    const next = random(20_26);
    let equal = 0;
    for (let pair = 0; pair < 20_000; pair += 1) {
      const a = value(next, 3);
      // Near-equal: the same value read back from its JSON, or one generated independently.
      const b = pair % 2 === 0 && a !== undefined ? (JSON.parse(JSON.stringify(a)) as unknown) : value(next, 3);
      const expected = sameWriting(a, b);
      if (expected) equal += 1;
      expect(sameJson({ field: a }, { field: b }), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(expected);
    }
    expect(equal).toBeGreaterThan(5_000);
  });

  it('leaves out undefined members, and tells apart what canonical JSON tells apart', () => {
    expect(sameJson({ lot: 'A', expiry: undefined }, { lot: 'A' })).toBe(true);
    expect(sameJson({ lot: 'A' }, { lot: 'A', expiry: '2027-01' })).toBe(false);
    expect(sameJson([1, undefined], [1, null])).toBe(true);
    expect(sameJson({ quantity: 1000 }, { quantity: '1000' })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ a: { b: [1, 2] } }, { a: { b: [2, 1] } })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
  });
});
