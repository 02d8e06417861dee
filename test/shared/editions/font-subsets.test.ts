import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsPDF } from 'jspdf';
import { FONT } from '../../../shared/editions/pdf/fonts';
import { carryRepertoire, REPERTOIRE } from '../../../shared/editions/pdf/font-subsets';
import { fontPage } from './font-page';
import { readPdf } from './pdf-text';

interface ParsedFont {
  directory: { encode(tables: object): unknown };
}

function fontOf(doc: jsPDF): ParsedFont {
  return (doc.internal as unknown as { getFont(name: string, style: string): { metadata: ParsedFont } }).getFont(FONT, 'normal').metadata;
}

/** A page in both fonts, carrying the repertoire as every edition does. */
function page(text: string, how: 'editions' | 'jsPDF', spy?: (doc: jsPDF) => void): string {
  return fontPage(text, how, { prepare: spy, finish: (doc) => carryRepertoire(doc, FONT) });
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
