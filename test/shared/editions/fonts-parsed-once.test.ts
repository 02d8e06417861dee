import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsPDF } from 'jspdf';
import { fontPage } from './font-page';

const parser = (jsPDF.API as unknown as { TTFFont: { open(file: Uint8Array): object } }).TTFFont;

const page = (text: string, how: 'editions' | 'jsPDF') => fontPage(text, how);

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
