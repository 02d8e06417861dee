// Decodes the import file as strict UTF-8, chunk by chunk, so that a file of any size is
// read in bounded memory and a byte that is not UTF-8 stops everything with its line and
// character. Replacing it (U+FFFD) would store « C�sarienne » in a register kept for
// years; guessing another encoding could store a wrong letter just as silently. The
// encodings spreadsheets save in by default (Windows-1252, UTF-16) are named instead.
import { refuseEncoding } from './import-problem';

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** How many first bytes tell UTF-16 without a byte order mark (ASCII with a NUL byte in between). */
const SNIFFED = 64;

export interface StrictDecoder {
  /** The text of the next chunk of bytes; refuses the file at the first invalid byte. */
  push(bytes: Uint8Array): string;
  /** The end of the file: a character cut off at the end is invalid too. */
  end(): string;
}

export function createStrictDecoder(): StrictDecoder {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  // Where the next character starts, as a text editor numbers lines and characters.
  let line = 1;
  let character = 1;
  let afterCarriageReturn = false;
  // The character being read: its first byte, where it starts, how many bytes it still needs.
  let lead = 0;
  let leadLine = 1;
  let leadCharacter = 1;
  let needed = 0;
  let lower = 0x80;
  let upper = 0xbf;

  function invalid(byte: number, atLine: number, atCharacter: number): never {
    return refuseEncoding({ kind: 'notUtf8', byte }, atLine, atCharacter);
  }

  /** The UTF-8 well-formedness table of the Unicode standard (no overlong form, no surrogate). */
  function check(bytes: Uint8Array): void {
    for (const byte of bytes) {
      if (needed > 0) {
        if (byte < lower || byte > upper) invalid(lead, leadLine, leadCharacter);
        lower = 0x80;
        upper = 0xbf;
        needed -= 1;
        continue;
      }
      if (byte < 0x80) {
        if (byte === LINE_FEED && afterCarriageReturn) {
          afterCarriageReturn = false;
          continue;
        }
        afterCarriageReturn = byte === CARRIAGE_RETURN;
        if (byte === LINE_FEED || byte === CARRIAGE_RETURN) {
          line += 1;
          character = 1;
        } else character += 1;
        continue;
      }
      afterCarriageReturn = false;
      lead = byte;
      leadLine = line;
      leadCharacter = character;
      character += 1;
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        needed = 2;
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        needed = 3;
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
      } else invalid(byte, line, leadCharacter);
    }
  }

  function decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      // `check` has already refused every ill-formed sequence; this is a second guard.
      return invalid(bytes[0] ?? 0, line, character);
    }
  }

  return {
    push(bytes) {
      if (first) {
        first = false;
        sniffUtf16(bytes);
        // A byte order mark is invisible in an editor: the first character comes after it.
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) character = 0;
      }
      check(bytes);
      return decode(bytes, true);
    },
    end() {
      if (needed > 0) invalid(lead, leadLine, leadCharacter);
      return decode(new Uint8Array(0), false);
    },
  };
}

/** A byte order mark FF FE or FE FF, or ASCII text with a NUL byte every other byte. */
function sniffUtf16(bytes: Uint8Array): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) refuseEncoding({ kind: 'utf16' }, 1, 1);
  const head = bytes.subarray(0, SNIFFED);
  let even = 0;
  let odd = 0;
  head.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  if (head.length >= 4 && Math.max(even, odd) * 4 >= head.length) refuseEncoding({ kind: 'utf16' }, 1, 1);
}
