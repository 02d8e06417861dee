// When jsPDF writes a document, it makes the subset of each font the document used: its
// `encode` copies the font's whole cmap, hmtx, post and name tables byte by byte and sums
// every table, some eighty milliseconds per font and per document whatever the glyphs.
// On a month's editions (fifty-odd documents, two fonts each) that was a third of the
// drawing. Two documents that use the same glyphs get the same subset, so each font keeps
// the last few it made, by the exact set of glyphs; and every edition carries the same
// repertoire (the characters French text is written with), so that documents share their
// set unless one holds a rarer letter. The subset of a given set is the same bytes,
// whether made now or kept: an edition's hash does not depend on what was drawn before it.
import type { jsPDF } from 'jspdf';

/**
 * Every glyph an edition's fonts carry, used or not: printable ASCII, Latin-1 (accents,
 * «», °, µ, no-break space), the French ligatures, and the punctuation the wording and
 * `frenchTypography` write (apostrophe, dashes, ellipsis, narrow no-break space…).
 */
export const REPERTOIRE: string = [range(0x20, 0x7e), range(0xa0, 0xff), 'ŒœŸ’‘“”«»–—…€•‰\u202f\u2009\u2011≤≥×÷±→'].join('');

function range(first: number, last: number): string {
  return String.fromCharCode(...Array.from({ length: last - first + 1 }, (_, index) => first + index));
}

type Encode = (this: unknown, glyphIds: readonly number[], indexToLocFormat: number) => ArrayLike<number>;

interface TrueTypeFont {
  subset: { encode: Encode };
}

interface FontMetadata {
  characterToGlyph(code: number): number;
  glyIdsUsed: number[];
}

/** Subsets kept per font: the usual one and a few documents' rarer letters. */
const KEPT_SUBSETS = 4;
const memoised = new WeakSet<object>();

/** From now on, this parsed font makes each subset once and hands the kept bytes to the next document asking for it. */
export function keepSubsets(font: object): void {
  const subset = (font as TrueTypeFont).subset;
  if (memoised.has(subset)) return;
  memoised.add(subset);
  const encode = subset.encode;
  const kept = new Map<string, Uint8Array>();
  subset.encode = function (glyphIds, indexToLocFormat) {
    // jsPDF records a glyph each time a character is drawn: the same set, once each.
    const distinct = [...new Set(glyphIds)].sort((a, b) => a - b);
    const key = `${indexToLocFormat}:${distinct.join(',')}`;
    let bytes = kept.get(key);
    if (bytes === undefined) {
      bytes = Uint8Array.from(encode.call(this, distinct, indexToLocFormat));
      if (kept.size >= KEPT_SUBSETS) kept.delete(kept.keys().next().value!);
    } else kept.delete(key);
    // The most recent last: the oldest set is the first let go.
    kept.set(key, bytes);
    return bytes;
  };
}

/** Adds the repertoire's glyphs to those the document's font will carry, in both its styles. */
export function carryRepertoire(doc: jsPDF, fontName: string): void {
  for (const style of ['normal', 'bold']) {
    const metadata = (doc.internal as unknown as { getFont(name: string, style: string): { metadata: FontMetadata } }).getFont(fontName, style).metadata;
    for (let index = 0; index < REPERTOIRE.length; index += 1) {
      const glyph = metadata.characterToGlyph(REPERTOIRE.charCodeAt(index));
      // Glyph 0 is the font's "missing character": a character the font lacks adds nothing.
      if (glyph !== 0) metadata.glyIdsUsed.push(glyph);
    }
  }
}
