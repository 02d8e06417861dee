import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsPDF } from 'jspdf';
import { embedFonts, FONT } from '../../../shared/editions/pdf/fonts';
import { carryRepertoire, REPERTOIRE } from '../../../shared/editions/pdf/font-subsets';
import { editionFonts } from '../../fixtures/edition-fonts';
import { readPdf } from './pdf-text';

interface ParsedFont {
  directory: { encode(tables: object): unknown };
}

function fontOf(doc: jsPDF): ParsedFont {
  return (doc.internal as unknown as { getFont(name: string, style: string): { metadata: ParsedFont } }).getFont(FONT, 'normal').metadata;
}

/** A page in both fonts, fonts added as the editions add them or as jsPDF alone does, with the repertoire. */
function page(text: string, how: 'editions' | 'jsPDF', spy?: (doc: jsPDF) => void): string {
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
  spy?.(doc);
  doc.setFont(FONT, 'normal');
  doc.text(text, 10, 10);
  doc.setFont(FONT, 'bold');
  doc.text(`${text} — gras`, 10, 20);
  doc.setCreationDate(new Date('2026-04-15T10:00:00Z'));
  doc.setFileId('0'.repeat(32));
  carryRepertoire(doc, FONT);
  return doc.output();
}

describe('the subsets of the editions’ fonts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are made once for documents whose characters are all in the repertoire', () => {
    page('Délivrance n° 12 : 1 000 mg', 'editions');
    let encode: ReturnType<typeof vi.spyOn> | undefined;
    const watch = (doc: jsPDF) => {
      encode ??= vi.spyOn(Object.getPrototypeOf(fontOf(doc).directory) as ParsedFont['directory'], 'encode');
    };
    page('Réception d’une autre sorte : µg, ‰ « Œuvre »', 'editions', watch);
    page('Zoé Abadie / Dr Anne Le Goff', 'editions', watch);
    expect(encode).toBeDefined();
    expect(encode).not.toHaveBeenCalled();
  });

  it('are made again for a letter outside the repertoire, which prints', () => {
    const rare = 'Ğülşen Öztürk — Жанна';
    expect([...rare].some((letter) => !REPERTOIRE.includes(letter))).toBe(true);
    page('Délivrance n° 12 : 1 000 mg', 'editions');
    let encode: ReturnType<typeof vi.spyOn> | undefined;
    const bytes = page(rare, 'editions', (doc) => {
      encode = vi.spyOn(Object.getPrototypeOf(fontOf(doc).directory) as ParsedFont['directory'], 'encode');
    });
    expect(encode).toHaveBeenCalled();
    const printed = readPdf(
      Uint8Array.from(bytes, (character) => character.charCodeAt(0)),
      'font-subsets-rare',
    );
    expect(printed.text).toContain(rare);
    expect(printed.text).toContain(`${rare} — gras`);
  });

  it('give each document the bytes of a font subset made for it alone, whatever came before', () => {
    const texts = ['Délivrance n° 12 : 1 000 mg', 'Ğülşen Öztürk', 'abc', 'Délivrance n° 12 : 1 000 mg'];
    for (const text of texts) expect(page(text, 'editions')).toBe(page(text, 'jsPDF'));
  });
});
