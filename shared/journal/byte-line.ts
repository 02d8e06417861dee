// A journal line read as its bytes: one character per byte of the file's UTF-8, not
// decoded (Node's latin1 strings). Decoding UTF-8 was the largest single cost of reading
// a journal in Node: every line names its author, accents and apostrophes make every
// block of text two bytes a character, and the engine's decoder took a quarter of each
// thread. Read as bytes, a line is parsed as it is; the few strings that hold anything
// but ASCII are decoded afterwards, and its hash is taken over the very bytes read where
// the host can (Node's native hash).
//
// Why the event is the one the decoded line gives:
// - outside strings, JSON allows ASCII only, and ASCII bytes are themselves in both
//   readings: the line parses the same way, or fails in both;
// - inside a string, the escapes but `\u` give ASCII characters, and a byte above 0x7F
//   is never part of an ASCII one: a string decoded alone is the string the decoded line
//   holds, even where the bytes are not UTF-8: a decoder replaces each broken sequence
//   by U+FFFD the same way in both, an ASCII byte ending it. A `\u` escape gives a
//   character that is not a byte: such a line is decoded first;
// - the canonical text of the event (canonical-json.ts) sorts members by their names and
//   writes strings as JSON.stringify does, which escapes nothing above 0x7F: with names
//   in ASCII and bytes that are valid UTF-8 (Node checks each block before handing its
//   lines over as bytes), it is written the same, byte for byte, and its hash is the same.
//   A host without that check (a browser) hashes the decoded event instead. A name
//   holding anything else (sorted by UTF-16 in one reading and by bytes in the other)
//   sends the line to be decoded first; so does a member named `__proto__`, which
//   cannot be given its decoded string by assignment; so does a value nested deeper than
//   any event, which the walk below does not follow (nor recurse without bound).
// Whatever this does not vouch for is decoded and read as text, as before.
import type { RegisterEvent } from '../register/events';
import { canonicalJson } from '../register/seal';
import { MAX_DEPTH } from '../register/canonical-json';
import { parseLine } from './line';

/** What reading bytes needs from its host: Node decodes and hashes a byte string natively. */
export interface ByteText {
  /** The text the bytes encode, as UTF-8: a byte that is not part of it becomes U+FFFD, as a decoder makes it. */
  decode(bytes: string): string;
  /**
   * SHA-256 of the bytes themselves, in lowercase hexadecimal, for a host that checked
   * they are valid UTF-8. Without it, the reader hashes the decoded event's canonical text.
   */
  sha256?(bytes: string): string;
}

export type ByteLineRead =
  /**
   * `hashHolds`: whether the event's hash is the SHA-256 of its canonical text; null when
   * not asked, or when the host hashes no bytes. `ascii`: nothing needed decoding, so the
   * bytes are the text.
   */
  | { ok: true; event: RegisterEvent; hashHolds: boolean | null; ascii: boolean }
  /** Not vouched for here: the line, decoded, to be read as text. */
  | { ok: false; text: string };

/** Any character that stands for a byte above 0x7F, part of a UTF-8 sequence. */
const BEYOND_ASCII = /[\u0080-\u00ff]/;

/**
 * Reads a line handed as bytes. `hash`: recompute the event's hash (over the canonical
 * text, taken before its strings are decoded).
 */
export function readByteLine(bytes: string, text: ByteText, hash: boolean): ByteLineRead {
  if (bytes.includes('\\u')) return { ok: false, text: text.decode(bytes) };
  const parsed = parseLine(bytes);
  // A line that does not parse, or not as an event, is named from its text.
  if (!parsed.ok) return { ok: false, text: text.decode(bytes) };
  const { event } = parsed;
  let hashHolds: boolean | null = null;
  if (hash && text.sha256) {
    const { hash: sealed, ...unsealed } = event;
    hashHolds = text.sha256(canonicalJson(unsealed)) === sealed;
  }
  const decoded = decodeStrings(event, text);
  if (decoded === NOT_VOUCHED_FOR) return { ok: false, text: text.decode(bytes) };
  return { ok: true, event, hashHolds, ascii: !decoded };
}

const NOT_VOUCHED_FOR = Symbol('a member name beyond ASCII, __proto__, or a value too deep');

/**
 * Decodes, in place, every string of a parsed value that holds a byte above 0x7F. Whether
 * any did; NOT_VOUCHED_FOR, and the value is left half decoded, if a member's name
 * holds one or is `__proto__`, or if the value is nested deeper than any event
 * (MAX_DEPTH): the caller then reads the decoded line instead. An array's members are
 * named by their indices, in ASCII.
 */
function decodeStrings(value: object, text: ByteText, depth = 0): boolean | typeof NOT_VOUCHED_FOR {
  if (depth > MAX_DEPTH) return NOT_VOUCHED_FOR;
  const members = value as Record<string, unknown>;
  let decodedAny = false;
  for (const name of Object.keys(members)) {
    if (name === '__proto__' || BEYOND_ASCII.test(name)) return NOT_VOUCHED_FOR;
    const member = members[name];
    if (typeof member === 'string') {
      if (BEYOND_ASCII.test(member)) {
        members[name] = text.decode(member);
        decodedAny = true;
      }
    } else if (typeof member === 'object' && member !== null) {
      const inner = decodeStrings(member, text, depth + 1);
      if (inner === NOT_VOUCHED_FOR) return inner;
      decodedAny ||= inner;
    }
  }
  return decodedAny;
}
