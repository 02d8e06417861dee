import { describe, expect, it, vi } from 'vitest';
import { jsPDF } from 'jspdf';
import { embedFonts, FONT } from '../../../shared/editions/pdf/fonts';
import { encodeGlyphsOnce } from '../../../shared/editions/pdf/glyph-encoding';
import { skipArabicShapingOfPlainText } from '../../../shared/editions/pdf/arabic-shaping';
import { PlainTextWriter } from '../../../shared/editions/pdf/plain-text';
import { editionFonts } from '../../fixtures/edition-fonts';

/** One text of a table cell: its lines, where, and in which font. */
interface Cell {
  lines: string[];
  x: number;
  y: number;
  bold: boolean;
  size: number;
}

/** Texts the writer writes itself. */
const WRITTEN = [
  ['Délivrance n° 12 : 1 000 mg'],
  ['« Œuvre » — l’été, 5 µg ‰ €', 'seconde ligne', '', 'quatrième'],
  // Characters DejaVu lacks: dropped, or (below 256) the text stops there, as jsPDF does.
  ['avant \u{1F600} 漢字 après', 'coupé ici\u0001 et plus rien'],
  ['Кириллица (ç) [1/2] {x}', 'ça va ? oui'],
];

/** Texts it hands to jsPDF: Arabic to shape, right-to-left text to reorder, the "\s+" the shaper splits on, a line break. */
const LEFT_TO_JSPDF = [['محمد بن علي'], ['Lévy', 'עברית ועוד'], ['marque \u200F ici'], ['un \\s+ écrit tel quel'], ['deux\nlignes']];

const TEXTS = [...WRITTEN, ...LEFT_TO_JSPDF];

const CELLS: Cell[] = TEXTS.flatMap((lines, index) => [
  { lines, x: 12.5 + index * 0.37, y: 20 + index * 9.123, bold: index % 2 === 1, size: 7 },
  { lines, x: 105.333, y: 21.7 + index * 9.123, bold: index % 3 === 0, size: index % 2 === 0 ? 7.5 : 8.5 },
]);

function newDocument(): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false, putOnlyUsedFonts: true });
  embedFonts(doc, editionFonts());
  return doc;
}

function finished(doc: jsPDF): string {
  doc.setCreationDate(new Date('2026-04-15T10:00:00Z'));
  doc.setFileId('0'.repeat(32));
  return doc.output();
}

/** The cells drawn by jsPDF's own text(), its plugins untouched. */
function byJsPdf(cells: Cell[], before?: (doc: jsPDF) => void): string {
  const doc = newDocument();
  before?.(doc);
  doc.setTextColor(0);
  for (const cell of cells) {
    doc.setFont(FONT, cell.bold ? 'bold' : 'normal');
    doc.setFontSize(cell.size);
    doc.text(cell.lines.length === 1 ? cell.lines[0]! : cell.lines, cell.x, cell.y);
  }
  return finished(doc);
}

/** The same cells through the writer, in a document set up as the editions' are. */
function byWriter(cells: Cell[], before?: (doc: jsPDF) => void): { pdf: string; handedToJsPdf: number } {
  const doc = newDocument();
  skipArabicShapingOfPlainText(doc);
  encodeGlyphsOnce(doc);
  before?.(doc);
  const writer = new PlainTextWriter(doc, 0);
  const text = vi.spyOn(doc, 'text');
  for (const cell of cells) {
    doc.setFont(FONT, cell.bold ? 'bold' : 'normal');
    doc.setFontSize(cell.size);
    writer.fontChanged();
    writer.text(cell.lines, cell.x, cell.y);
  }
  const handedToJsPdf = text.mock.calls.length;
  text.mockRestore();
  return { pdf: finished(doc), handedToJsPdf };
}

describe('the long tables’ text writer', () => {
  it('writes the bytes jsPDF’s text() writes, lines, sizes, both weights and missing characters included', () => {
    expect(byWriter(CELLS).pdf).toBe(byJsPdf(CELLS));
  });

  it('writes the text itself, handing jsPDF only the first text of each font and what it cannot vouch for', () => {
    const written = CELLS.filter((cell) => WRITTEN.includes(cell.lines));
    // Normal and bold: the first text of each goes to jsPDF, which then counts the font as used.
    expect(byWriter(written).handedToJsPdf).toBe(2);
    expect(byWriter(CELLS).handedToJsPdf).toBe(2 + 2 * LEFT_TO_JSPDF.length);
  });

  it('embeds a font whose only texts it wrote, as jsPDF does', () => {
    const bold = [{ lines: ['Total du mois'], x: 20, y: 30, bold: true, size: 7 }];
    const pdf = byWriter([...bold, ...bold]).pdf;
    expect(pdf).toBe(byJsPdf([...bold, ...bold]));
    expect(pdf.match(/\/FontFile2/g)).toHaveLength(1);
  });

  it('leaves to jsPDF a page where a text was drawn in a rendering mode', () => {
    const drawnInMode = (doc: jsPDF) => doc.text('Copie', 150, 10, { renderingMode: 'stroke' });
    const written = byWriter(CELLS, drawnInMode);
    expect(written.pdf).toBe(byJsPdf(CELLS, drawnInMode));
    expect(written.pdf).toContain('0 Tr\n');
    expect(written.handedToJsPdf).toBe(CELLS.length);
  });

  it('leaves to jsPDF a document with a character spacing, and jsPDF’s standard fonts', () => {
    const spaced = (doc: jsPDF) => doc.setCharSpace(0.2);
    expect(byWriter(CELLS, spaced).pdf).toBe(byJsPdf(CELLS, spaced));

    const helvetica = (doc: jsPDF) => doc.setFont('helvetica', 'normal');
    const doc = newDocument();
    helvetica(doc);
    const writer = new PlainTextWriter(doc, 0);
    const text = vi.spyOn(doc, 'text');
    writer.text(['Registre'], 10, 10);
    writer.text(['Registre'], 10, 20);
    expect(text).toHaveBeenCalledTimes(2);
  });
});
