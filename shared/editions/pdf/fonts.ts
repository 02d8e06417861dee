// The editions embed DejaVu Sans Condensed, shipped with the app (npm package
// dejavu-fonts-ttf): jsPDF's built-in Helvetica only knows WinAnsi and has no glyph for
// the narrow no-break space that French number formatting puts between thousands.
// The font files are read by the caller (a file in Node, an asset in the window), so
// that this code stays free of any platform.
import type { jsPDF } from 'jspdf';

export const FONT = 'DejaVuSansCondensed';

/** The TrueType files, as bytes: DejaVuSansCondensed.ttf and DejaVuSansCondensed-Bold.ttf. */
export interface EditionFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The font files' names inside the dejavu-fonts-ttf package, for the loaders. */
export const FONT_FILES = { regular: 'ttf/DejaVuSansCondensed.ttf', bold: 'ttf/DejaVuSansCondensed-Bold.ttf' } as const;

// jsPDF's virtual file system takes "binary strings"; converting 700 kB takes a few
// milliseconds, so each font is converted once per bytes object.
const binaryStrings = new WeakMap<Uint8Array, string>();

function binaryString(bytes: Uint8Array): string {
  let text = binaryStrings.get(bytes);
  if (text === undefined) {
    const chunks: string[] = [];
    for (let offset = 0; offset < bytes.length; offset += 0x8000) {
      chunks.push(String.fromCharCode(...bytes.subarray(offset, offset + 0x8000)));
    }
    text = chunks.join('');
    binaryStrings.set(bytes, text);
  }
  return text;
}

export function embedFonts(doc: jsPDF, fonts: EditionFonts): void {
  doc.addFileToVFS(`${FONT}.ttf`, binaryString(fonts.regular));
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, binaryString(fonts.bold));
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
}
