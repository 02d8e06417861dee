// A page in both edition fonts, the fonts added as the editions add them (parsed once) or
// as jsPDF alone does, for tests that compare the two documents' bytes.
import { jsPDF } from 'jspdf';
import { embedFonts, FONT } from '../../../shared/editions/pdf/fonts';
import { editionFonts } from '../../fixtures/edition-fonts';

export interface FontPageOptions {
  /** Called once the fonts are added, before any text. */
  prepare?: (doc: jsPDF) => void;
  /** Called last, before the bytes are written. */
  finish?: (doc: jsPDF) => void;
}

export function fontPage(text: string, how: 'editions' | 'jsPDF', { prepare, finish }: FontPageOptions = {}): string {
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
  prepare?.(doc);
  doc.setFont(FONT, 'normal');
  doc.text(text, 10, 10);
  doc.setFont(FONT, 'bold');
  doc.text(`${text} — gras`, 10, 20);
  doc.setCreationDate(new Date('2026-04-15T10:00:00Z'));
  doc.setFileId('0'.repeat(32));
  finish?.(doc);
  return doc.output();
}
