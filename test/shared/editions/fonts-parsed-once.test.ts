import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsPDF } from 'jspdf';
import { embedFonts, FONT } from '../../../shared/editions/pdf/fonts';
import { editionFonts } from '../../fixtures/edition-fonts';

const parser = (jsPDF.API as unknown as { TTFFont: { open(file: Uint8Array): object } }).TTFFont;

/** A page in both fonts, with fonts added as the editions add them, or as jsPDF alone does. */
function page(text: string, how: 'editions' | 'jsPDF'): string {
  const fonts = editionFonts();
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  if (how === 'editions') embedFonts(doc, fonts);
  else {
    const binary = (bytes: Uint8Array) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
    doc.addFileToVFS(`${FONT}.ttf`, binary(fonts.regular));
    doc.addFont(`${FONT}.ttf`, FONT, 'normal');
    doc.addFileToVFS(`${FONT}-Bold.ttf`, binary(fonts.bold));
    doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  }
  doc.setFont(FONT, 'normal');
  doc.text(text, 10, 10);
  doc.setFont(FONT, 'bold');
  doc.text(`${text} — gras`, 10, 20);
  doc.setCreationDate(new Date('2026-04-15T10:00:00Z'));
  doc.setFileId('0'.repeat(32));
  return doc.output();
}

describe('the editions’ fonts, parsed once for all documents', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are parsed once, whatever the number of documents', () => {
    page('avant', 'editions');
    const open = vi.spyOn(parser, 'open');
    page('Délivrance n° 12 : 1 000 mg', 'editions');
    page('Réception d’une autre sorte : µg, ‰', 'editions');
    expect(open).not.toHaveBeenCalled();
  });

  it('give each document the bytes of a font parsed for it alone', () => {
    for (const text of ['Délivrance n° 12 : 1 000 mg', 'Réception d’une autre sorte : µg, ‰', 'abc']) {
      expect(page(text, 'editions')).toBe(page(text, 'jsPDF'));
    }
  });
});
