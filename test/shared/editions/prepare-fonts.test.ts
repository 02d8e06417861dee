// A drawing thread started before its documents makes its fonts ready while the journal
// is read (prepareEditionFonts): the first document it then draws parses no font and
// makes no subset of its own, and its bytes are those of a document drawn without it.
import { describe, expect, it, vi } from 'vitest';
import { jsPDF } from 'jspdf';
import { EditionDocument, prepareEditionFonts } from '../../../shared/editions/pdf/document';
import { editionFonts } from '../../fixtures/edition-fonts';
import { editionContext, scenarioEvents } from './scenario';

interface Parser {
  open(file: Uint8Array): { subset: object };
}

/** A French page: a heading and a table, in both weights. */
function page(context: ReturnType<typeof editionContext>): Uint8Array {
  const edition = new EditionDocument(context, { title: 'Registre d’essai', period: 'avril 2026' }, 'portrait');
  edition.heading('Délivrances du 12/04/2026');
  edition.longTable({ columnWidths: [30, 60, 40], head: ['N° d’ordre', 'Produit', 'Quantité'], body: [['12', 'Morphine 10 mg', '1 000 mg']] });
  return edition.finish();
}

describe('fonts made ready ahead of the documents', () => {
  it('leave the first document nothing to parse or subset, and change none of its bytes', () => {
    const fonts = editionFonts();
    const context = { ...editionContext(scenarioEvents()), fonts };
    const parser = (jsPDF.API as unknown as { TTFFont: Parser }).TTFFont;
    // The subsets' own encoder, shared by every parsed font: reached through one parsed apart.
    const subsets = Object.getPrototypeOf(parser.open(fonts.regular).subset) as { encode: () => unknown };
    const open = vi.spyOn(parser, 'open');
    const encode = vi.spyOn(subsets, 'encode');
    try {
      prepareEditionFonts(fonts);
      expect(open).toHaveBeenCalledTimes(2);
      expect(encode).toHaveBeenCalledTimes(2);
      const prepared = page(context);
      expect(open).toHaveBeenCalledTimes(2);
      expect(encode).toHaveBeenCalledTimes(2);

      // The same page from fonts never seen before: both parsed and subset for it, same bytes.
      const fresh = page({ ...context, fonts: { regular: fonts.regular.slice(), bold: fonts.bold.slice() } });
      expect(open).toHaveBeenCalledTimes(4);
      expect(encode).toHaveBeenCalledTimes(4);
      expect(Buffer.from(prepared).equals(Buffer.from(fresh))).toBe(true);
    } finally {
      open.mockRestore();
      encode.mockRestore();
    }
  });
});
