// RFC 8785 canonical JSON, the text every hash and signature of the register covers. The
// `canonicalize` package writes it member by member in JavaScript; but an event read back
// from a journal line already has its members in canonical order (the line was written
// canonical), and for such a value the canonical text is exactly what the engine's own
// JSON.stringify writes: RFC 8785 takes its strings and numbers from it, and differs only
// by sorting members. So a value whose objects are plain, with members already in order
// (by UTF-16 code units, as RFC 8785 and `<` compare them), and whose leaves are strings,
// finite numbers, booleans or null, is written by JSON.stringify; anything else (members
// out of order, a Date, an undefined member, a lone surrogate…) goes to `canonicalize`,
// which keeps its own answer, or refusal, for it. The text is the same either way.
// A value out of order but otherwise as plain (an event read back from IndexedDB keeps the
// order its fields were written in) is first copied with its members sorted, then written
// by JSON.stringify: several times cheaper than `canonicalize` walking it member by member.
import canonicalize from 'canonicalize';

/** Deeper than any event: past it (or a cycle), `canonicalize` decides. */
export const MAX_DEPTH = 32;

export function canonicalJson(value: unknown): string {
  const ordered = inCanonicalOrder(value, 0) ? value : inOrderCopy(value, 0);
  if (ordered !== NOT_PLAIN) {
    const text = JSON.stringify(ordered);
    // A lone surrogate is escaped by JSON.stringify and refused by RFC 8785; the rare text
    // holding "\ud" (that, or a backslash before "ud") is left to `canonicalize`.
    if (!text.includes('\\ud')) return text;
  }
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('Valeur non sérialisable en JSON canonique');
  return text;
}

/** Whether JSON.stringify writes `value` exactly as RFC 8785 does (but for lone surrogates, see above). */
export function inCanonicalOrder(value: unknown, depth = 0): boolean {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth > MAX_DEPTH || 'toJSON' in value) return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let index = 0; index < value.length; index += 1) if (!inCanonicalOrder(value[index], depth + 1)) return false;
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const members = value as Record<string, unknown>;
  const keys = Object.keys(members);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    if (index > 0 && !(keys[index - 1]! < key)) return false;
    if (!inCanonicalOrder(members[key], depth + 1)) return false;
  }
  return true;
}

/** What inOrderCopy answers for a value it leaves to `canonicalize`. */
const NOT_PLAIN = Symbol('not plain');

/**
 * A copy of `value` whose objects have their members in RFC 8785 order, for the values
 * inCanonicalOrder accepts but for the order; NOT_PLAIN for any other. Keys the engine
 * would list before the others whatever their place (array indices: "10", "9") and
 * `__proto__` (which an assignment would not copy as a member) are left to `canonicalize`.
 */
function inOrderCopy(value: unknown, depth: number): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NOT_PLAIN;
  if (typeof value !== 'object' || depth > MAX_DEPTH || 'toJSON' in value) return NOT_PLAIN;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return NOT_PLAIN;
    const copy: unknown[] = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) {
      const item = inOrderCopy(value[index], depth + 1);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      copy[index] = item;
    }
    return copy;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return NOT_PLAIN;
  const members = value as Record<string, unknown>;
  // The default sort compares UTF-16 code units, as RFC 8785 orders members.
  const keys = Object.keys(members).sort();
  const copy: Record<string, unknown> = {};
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === '__proto__') return NOT_PLAIN;
    const member = inOrderCopy(members[key], depth + 1);
    if (member === NOT_PLAIN) return NOT_PLAIN;
    copy[key] = member;
  }
  return copy;
}
