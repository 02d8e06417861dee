// The editions embed DejaVu Sans Condensed, shipped with the app (npm package
// dejavu-fonts-ttf): jsPDF's built-in Helvetica only knows WinAnsi and has no glyph for
// the narrow no-break space that French number formatting puts between thousands.
// The font files are read by the caller (a file in Node, an asset in the window), so
// that this code stays free of any platform.
import { jsPDF } from 'jspdf';
import { binaryString } from './binary-string';
import { keepSubsets } from './font-subsets';

export const FONT = 'DejaVuSansCondensed';

/** The TrueType files, as bytes: DejaVuSansCondensed.ttf and DejaVuSansCondensed-Bold.ttf. */
export interface EditionFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The font files' names inside the dejavu-fonts-ttf package, for the loaders. */
export const FONT_FILES = { regular: 'ttf/DejaVuSansCondensed.ttf', bold: 'ttf/DejaVuSansCondensed-Bold.ttf' } as const;

// jsPDF's virtual file system takes "binary strings"; each font is converted once per
// bytes object, not once per document.
const binaryStrings = new WeakMap<Uint8Array, string>();

function fontFileText(bytes: Uint8Array): string {
  let text = binaryStrings.get(bytes);
  if (text === undefined) {
    text = binaryString(bytes);
    binaryStrings.set(bytes, text);
  }
  return text;
}

/** jsPDF's parser of TrueType files: `open` reads every table of the file into an object. */
interface TrueTypeParser {
  open(file: Uint8Array): object;
}

// jsPDF parses the whole TrueType file again for every document a font is added to (its
// "addFont" handler calls `TTFFont.open`), a tenth of a second for the two fonts, paid
// by each of the fifty product registers of a month. The parsed tables are only read
// afterwards (glyph lookups, widths, the subset written at output, its glyphs cache
// included); what a document writes into its font is its own: the characters it used
// (`toUnicode`, set by the parser, and `glyIdsUsed`, `Unicode`, set by "addFont"). So
// each font is parsed once per bytes object, and each document gets a shallow copy that
// shares the parsed tables and holds its own record of what it used. The
// PDF's bytes are those of a font parsed for the document alone.
const parsedFonts = new WeakMap<Uint8Array, object>();

function addParsedOnce(doc: jsPDF, fileName: string, style: 'normal' | 'bold', bytes: Uint8Array): void {
  const parser = (jsPDF.API as unknown as { TTFFont: TrueTypeParser }).TTFFont;
  const open = parser.open;
  parser.open = (file) => {
    let parsed = parsedFonts.get(bytes);
    if (parsed === undefined) {
      parsed = open.call(parser, file);
      keepSubsets(parsed);
      parsedFonts.set(bytes, parsed);
    }
    // A copy of the parsed font's own fields (jsPDF asks `hasOwnProperty('cmap')`): the tables are shared.
    return Object.assign(Object.create(Object.getPrototypeOf(parsed) as object) as object, parsed, { toUnicode: {} });
  };
  try {
    doc.addFont(fileName, FONT, style);
  } finally {
    parser.open = open;
  }
}

export function embedFonts(doc: jsPDF, fonts: EditionFonts): void {
  doc.addFileToVFS(`${FONT}.ttf`, fontFileText(fonts.regular));
  addParsedOnce(doc, `${FONT}.ttf`, 'normal', fonts.regular);
  doc.addFileToVFS(`${FONT}-Bold.ttf`, fontFileText(fonts.bold));
  addParsedOnce(doc, `${FONT}-Bold.ttf`, 'bold', fonts.bold);
}
