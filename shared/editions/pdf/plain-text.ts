// jsPDF's text() is written for every case. For each cell of a long table it reads its
// arguments four ways, copies the lines three times, hands them to three plugins (the
// Arabic shaper, the glyph encoder, the bidirectional reordering) and formats one block
// of text operators. A month's editions make some 300 000 such calls. The writer here
// formats the same block for the text the long tables draw: lines set left, in an
// embedded font, from the same glyph encoder. A text it cannot vouch for (Arabic, which
// the shaper rewrites; Hebrew or any right-to-left text, which the reordering turns
// round; a line break; a page in another rendering mode; a font jsPDF does not yet count
// as used) goes to jsPDF's text(). The PDF's bytes are the same either way: an edition's
// hash must not depend on this (decision 0075).
import type { jsPDF } from 'jspdf';
import { holdsArabic } from './arabic-shaping';
import { glyphEncoder } from './glyph-encoding';

type EncodedFont = NonNullable<Parameters<typeof glyphEncoder>[1]>;

/** What the writer reads of jsPDF beyond its typings: the same functions text() calls. */
interface JsPdfInternals {
  hpf(value: number): string;
  getHorizontalCoordinateString(x: number): string;
  getVerticalCoordinateString(y: number): string;
  getLineHeightFactor(): number;
  getCharSpace(): number;
  getFont(): EncodedFont & { id: string };
  getFontSize(): number;
  __private__: { encodeColorString(options: Record<string, unknown>): string };
  internal: {
    write(operators: string): void;
    getCurrentPageInfo(): { pageContext: { usedRenderingMode?: number } };
  };
}

interface WritingFont {
  key: string;
  encode: (line: string) => string;
  /** The block's opening, the same for every text in this font and colour. */
  opening: string;
}

/**
 * What jsPDF's bidirectional reordering moves: the right-to-left scripts (U+0590 to U+08FF,
 * their presentation forms, those beyond the first plane by their surrogates) and the
 * marks, embeddings and isolates that set a direction.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\u200E\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFF\uD802\uD803\uD83A\uD83B]/;

/** A line jsPDF would write as it is given: nothing to shape or reorder, no line break to split at. */
function plain(line: string): boolean {
  return !RIGHT_TO_LEFT.test(line) && !holdsArabic(line) && !line.includes('\n') && !line.includes('\r');
}

export class PlainTextWriter {
  private readonly pdf: JsPdfInternals;
  private readonly colour: string;
  /** Font keys jsPDF has counted as used: a document embeds only those (`putOnlyUsedFonts`). */
  private readonly counted = new Set<string>();
  private font: WritingFont | null | undefined;

  /** Sets the text's grey level (0 black to 255 white), as jsPDF's `setTextColor(grey)`. */
  constructor(
    private readonly doc: jsPDF,
    grey: number,
  ) {
    this.pdf = doc as unknown as JsPdfInternals;
    doc.setTextColor(grey);
    // The options setTextColor hands its encoder, so the operator is the one it keeps.
    this.colour = this.pdf.__private__.encodeColorString({ ch1: grey, ch2: undefined, ch3: undefined, ch4: undefined, pdfColorType: 'text', precision: 3 });
  }

  /** To call after any setFont or setFontSize: the next text reads the font again. */
  fontChanged(): void {
    this.font = undefined;
  }

  /** Draws the lines, the first on `baseline`, from `x`, as `doc.text(lines, x, baseline)` does. */
  text(lines: readonly string[], x: number, baseline: number): void {
    const font = this.writingFont();
    if (font === null || !this.counted.has(font.key) || !lines.every(plain) || this.renderingModeUsed()) {
      this.doc.text(lines.length === 1 ? lines[0]! : [...lines], x, baseline);
      if (font !== null) this.counted.add(font.key);
      return;
    }
    let block = `${font.opening}${this.pdf.getHorizontalCoordinateString(x)} ${this.pdf.getVerticalCoordinateString(baseline)} Td\n<${font.encode(lines[0]!)}> Tj\n`;
    for (let index = 1; index < lines.length; index += 1) block += `T* <${font.encode(lines[index]!)}> Tj\n`;
    this.pdf.internal.write(`${block}ET`);
  }

  /** The current font, when its text is written here; null when it goes to jsPDF. */
  private writingFont(): WritingFont | null {
    if (this.font !== undefined) return this.font;
    const font = this.pdf.getFont();
    const encode = glyphEncoder(font.id, font);
    // A character spacing adds its own operator (the editions never set one).
    if (encode === null || this.pdf.getCharSpace() !== 0) return (this.font = null);
    const size = this.pdf.getFontSize();
    const leading = this.pdf.hpf(size * this.pdf.getLineHeightFactor());
    this.font = { key: font.id, encode, opening: `BT\n/${font.id} ${size} Tf\n${leading} TL\n${this.colour}\n` };
    return this.font;
  }

  /** A text drawn on this page with a rendering mode makes jsPDF write "0 Tr" in every later block. */
  private renderingModeUsed(): boolean {
    const mode = this.pdf.internal.getCurrentPageInfo().pageContext.usedRenderingMode;
    return mode !== undefined && mode !== -1;
  }
}
