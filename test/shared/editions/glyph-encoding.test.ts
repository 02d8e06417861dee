import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { embedFonts, FONT } from '../../../shared/editions/pdf/fonts';
import { encodeGlyphsOnce } from '../../../shared/editions/pdf/glyph-encoding';
import { editionFonts } from '../../fixtures/edition-fonts';

const TEXTS = [
  'Délivrance n° 12 : 1 000 mg',
  '« Œuvre » — l’été, 5 µg ‰ €',
  // Characters DejaVu lacks: dropped, or (below 256) the text stops there, as jsPDF does.
  'avant \u{1F600} 漢字 après',
  'coupé ici\u0001 et plus rien',
  '',
];

/** A page of the texts in every form jsPDF takes, with the editions' encoding or jsPDF's own. */
function page(encodeOnce: boolean): { bytes: string; used: number[][] } {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  embedFonts(doc, editionFonts());
  if (encodeOnce) encodeGlyphsOnce(doc);
  for (const [index, text] of TEXTS.entries()) {
    doc.setFont(FONT, index % 2 === 0 ? 'normal' : 'bold');
    doc.text(text, 10, 10 + index * 10);
    doc.text([text, 'seconde ligne'], 10, 15 + index * 10);
    doc.text(text, 200, 10 + index * 10, { align: 'right' });
  }
  doc.setCreationDate(new Date('2026-04-15T10:00:00Z'));
  doc.setFileId('0'.repeat(32));
  const fonts = doc.internal as unknown as { getFont(name: string, style: string): { metadata: { glyIdsUsed: number[] } } };
  const used = ['normal', 'bold'].map((style) => [...new Set(fonts.getFont(FONT, style).metadata.glyIdsUsed)].sort((a, b) => a - b));
  return { bytes: doc.output(), used };
}

describe('the encoding of text in the editions’ fonts', () => {
  it('gives the bytes jsPDF gives, characters the font lacks included', () => {
    const mine = page(true);
    const jsPDFs = page(false);
    expect(mine.bytes).toBe(jsPDFs.bytes);
    expect(mine.used).toEqual(jsPDFs.used);
  });

  it('records each glyph once, where jsPDF records it at every character drawn', () => {
    const { used } = page(true);
    const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
    embedFonts(doc, editionFonts());
    encodeGlyphsOnce(doc);
    doc.setFont(FONT, 'normal');
    for (let line = 0; line < 50; line += 1) doc.text('Délivrance n° 12', 10, 10 + line);
    const glyphs = (doc.internal as unknown as { getFont(name: string, style: string): { metadata: { glyIdsUsed: number[] } } }).getFont(FONT, 'normal')
      .metadata.glyIdsUsed;
    expect(glyphs.length).toBe(new Set(glyphs).size);
    expect(used[0]!.length).toBeGreaterThan(20);
  });
});
