import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { skipArabicShapingOfPlainText } from '../../../shared/editions/pdf/arabic-shaping';

/** The same page drawn by a document as jsPDF makes it and by one whose shaper skips plain text. */
function draw(skip: boolean, texts: (string | string[])[]): { bytes: string; doc: jsPDF } {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  if (skip) skipArabicShapingOfPlainText(doc);
  texts.forEach((text, index) => doc.text(text, 10, 10 + index * 10));
  doc.text('aligné à droite', 200, 150, { align: 'right' });
  doc.text(['deux', 'lignes centrées'], 100, 170, { align: 'center' });
  doc.setCreationDate(new Date('2026-04-15T10:00:00Z'));
  doc.setFileId('0'.repeat(32));
  return { bytes: doc.output(), doc };
}

/** jsPDF's own shaper, kept by the module that skips it for plain text. */
const original = ((jsPDF.API as unknown as { processArabic: unknown }).processArabic as { plainTextSkipped: (text: string) => string }).plainTextSkipped;

describe('jsPDF’s Arabic shaper, skipped for text without Arabic', () => {
  const plain = ['Registre des stupéfiants — n° 12', '', 'a\\s+b', ['une', 'liste de lignes']];

  it('is no longer called for this document', () => {
    const { doc } = draw(true, plain);
    const handlers = Object.values(doc.internal.events.getTopics()['preProcessText'] ?? {}).map(([handler]) => handler);
    expect(handlers).toHaveLength(1);
    expect(handlers).not.toContain(original);
  });

  it('measures widths with the same shaping', () => {
    const shared = (jsPDF.API as unknown as { processArabic: unknown }).processArabic as (text: string) => string;
    expect(shared).not.toBe(original);
    for (const text of ['Registre n° 12', 'a\\s+b', 'السلام عليكم', 'mélange لا']) expect(shared(text)).toBe(original(text));
  });

  it('gives the same bytes as jsPDF for plain text', () => {
    expect(draw(true, plain).bytes).toBe(draw(false, plain).bytes);
  });

  it('still shapes a text that holds Arabic', () => {
    const arabic = ['السلام عليكم', ['mélange لا', 'ligne']];
    const shaped = draw(true, arabic).bytes;
    expect(shaped).toBe(draw(false, arabic).bytes);
  });
});
