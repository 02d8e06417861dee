// What a keyboard-wedge scanner types is not always what the code holds: the separator
// between the variable-length fields of a GS1 DataMatrix (FNC1) arrives as the control
// character GS, or as a substitute the scanner is set to send; some scanners put the
// symbology identifier `]d2` first; a scanner set to a QWERTY layout on a French AZERTY
// keyboard types `&é"'(-è_çà` for the digits 1 to 0. This module turns what was typed
// back into the code's own characters (docs/decisions/0034-lecture-des-boites.md).

/** FNC1 as scanners send it: the ASCII group separator. */
export const GROUP_SEPARATOR = '\u001d';

/** The digit row of an AZERTY keyboard without Caps Lock, 1 to 0. */
const AZERTY_DIGITS: Readonly<Record<string, string>> = {
  '&': '1',
  é: '2',
  '"': '3',
  "'": '4',
  '(': '5',
  '-': '6',
  è: '7',
  _: '8',
  ç: '9',
  à: '0',
};

/**
 * The characters a GS1 element string may hold (GS1 General Specifications, character
 * set 82). A character outside it cannot be data, so it can only be the separator.
 */
const GS1_CHARACTER = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]$/;

/** The symbology identifier of a GS1 DataMatrix, as typed on a QWERTY and on an AZERTY layout. */
const DATAMATRIX_PREFIXES = [']d2', '$dé'];

export interface ScanText {
  /** The code's characters, each separator as GS, none first or last. */
  text: string;
  /** Whether the scanner said it read a GS1 DataMatrix. */
  dataMatrix: boolean;
  /** Whether the digits came through an AZERTY layout and were turned back. */
  azerty: boolean;
}

function withoutPrefix(typed: string): { rest: string; dataMatrix: boolean } {
  const prefix = DATAMATRIX_PREFIXES.find((candidate) => typed.startsWith(candidate));
  return prefix ? { rest: typed.slice(prefix.length), dataMatrix: true } : { rest: typed, dataMatrix: false };
}

/**
 * A code always begins with digits (a CIP13, or the application identifier of its first
 * element): two characters of the AZERTY digit row there say the whole code came through
 * that layout.
 */
function typedOnAzerty(text: string): boolean {
  const [first, second] = [...text];
  return first !== undefined && second !== undefined && first in AZERTY_DIGITS && second in AZERTY_DIGITS;
}

/** Turns what the scanner typed into the code's characters. */
export function scanText(typed: string): ScanText {
  const { rest, dataMatrix } = withoutPrefix(typed.replace(/[\r\n]+$/, ''));
  const azerty = typedOnAzerty(rest);
  const characters = [...rest].map((character) => {
    const digit = azerty ? AZERTY_DIGITS[character] : undefined;
    if (digit !== undefined) return digit;
    return GS1_CHARACTER.test(character) ? character : GROUP_SEPARATOR;
  });
  // A separator first (FNC1 opens every GS1 code) or last says nothing.
  const text = characters
    .join('')
    .replace(new RegExp(`^${GROUP_SEPARATOR}+|${GROUP_SEPARATOR}+$`, 'g'), '')
    .replace(new RegExp(`${GROUP_SEPARATOR}{2,}`, 'g'), GROUP_SEPARATOR);
  return { text, dataMatrix, azerty };
}
