// The text an event's hash covers (RFC 8785 canonical JSON of the event without its
// `hash`, seal.ts), read off the journal's own line when that line is already canonical:
// the register writes every line that way (line.ts), so a verifier need not write each
// event out again. Writing it out (canonicalize: sort every object's keys, serialise
// every value) cost more than parsing the line; checking that the line is canonical
// costs one native serialisation and one comparison. A line that is not canonical (edited
// by hand, re-indented, its keys reordered) takes the canonical writing as before: the
// text hashed, and so the verdict, are the same either way.
import type { RegisterEvent } from '../register/events';
import { inCanonicalOrder } from '../register/canonical-json';
import { canonicalJson } from '../register/seal';

/** The member the hash is stored in: the only one canonical JSON leaves out of what it covers. */
const HASH_KEY = 'hash';
const COMMA = 44;

/**
 * Whether `line` is the canonical JSON of `parsed` (the value JSON.parse read from it).
 * JSON.stringify writes strings and numbers as RFC 8785 does, and keys in the order the
 * object holds them: equal to the line with every object's keys sorted, the line is what
 * canonicalize would write. A `\u` escape sends the line to canonicalize, which refuses a
 * lone surrogate where JSON.stringify escapes it: the verdict stays its own.
 */
function isCanonical(line: string, parsed: unknown): boolean {
  return !line.includes('\\u') && inCanonicalOrder(parsed) && JSON.stringify(parsed) === line;
}

/** Where the top-level `"hash":…` member starts in a canonical line, or -1 if it is not where the sorted keys put it. */
function hashMemberAt(line: string, event: Record<string, unknown>, member: string): number {
  // The members sorted before it, each written as JSON.stringify writes it, and its comma.
  let offset = 1;
  for (const key of Object.keys(event)) {
    if (key === HASH_KEY) return line.startsWith(member, offset) ? offset : -1;
    offset += JSON.stringify(key).length + 1 + JSON.stringify(event[key]).length + 1;
  }
  return -1;
}

/**
 * The canonical JSON of `event` without its hash, `event` being what JSON.parse read from
 * `line`: a slice of the line when it is canonical, canonicalize's own writing otherwise.
 */
export function unsealedCanonicalText(line: string, event: RegisterEvent): string {
  const members = event as unknown as Record<string, unknown>;
  if (typeof event.hash === 'string' && isCanonical(line, event)) {
    const member = `"${HASH_KEY}":${JSON.stringify(event.hash)}`;
    const at = hashMemberAt(line, members, member);
    if (at !== -1) {
      const end = at + member.length;
      // Its comma goes with it: the one after it, or the one before it when it is the last member.
      if (line.charCodeAt(end) === COMMA) return line.slice(0, at) + line.slice(end + 1);
      return at > 1 ? line.slice(0, at - 1) + line.slice(end) : line.slice(0, at) + line.slice(end);
    }
  }
  const { hash: _hash, ...unsealed } = event;
  return canonicalJson(unsealed);
}
