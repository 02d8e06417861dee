import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dischargePdf } from '../../../shared/editions/pdf/discharge-pdf';
import { editionFonts } from '../../fixtures/edition-fonts';
import { handoverPackage } from '../../fixtures/package';
import { HOLDER } from '../../fixtures/drafts';
import { readPdf, renderPages } from './pdf-text';

const { manifest } = handoverPackage();
const context = { establishment: manifest.establishment, head: manifest.head, editedAt: new Date('2026-11-23T15:30:00'), fonts: editionFonts() };
const BUYER = { name: 'Marc Lefèvre', orderNumber: '30303030303' };

describe('the décharge', () => {
  it('lists every part with its full hash and the package fingerprint, and has both signature blocks', () => {
    const fingerprint = 'a1'.repeat(32);
    const pdf = readPdf(
      dischargePdf({ purpose: 'handover', manifest, fingerprint, packageName: 'dossier.zip', seller: HOLDER, buyer: BUYER }, context),
      'decharge',
    );
    renderPages(pdf);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.text).toContain('Décharge de remise du registre des stupéfiants');
    expect(pdf.text).toContain(fingerprint);
    // A long path wraps in its cell: read in the PDF's own order, its characters follow each other.
    const raw = execFileSync('pdftotext', ['-raw', pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const part of manifest.parts) {
      expect(raw).toContain(part.path);
      // Each hash on one line, to be read and compared.
      expect(pdf.text).toContain(part.sha256);
    }
    expect(pdf.text).toMatch(/Le cédant, qui remet\s+Le cessionnaire, qui reçoit et donne décharge/);
    expect(pdf.text).toContain('Claire Martin');
    expect(pdf.text).toContain('Marc Lefèvre');
  });

  // The widest hexadecimal digits, set in bold: the fingerprint stays on one line, so it can be read and typed back.
  it.each(['0', '8', 'b', 'd', 'e'])('keeps a fingerprint of 64 × %s on one line', (digit) => {
    const fingerprint = digit.repeat(64);
    const pdf = readPdf(
      dischargePdf({ purpose: 'deposit', manifest, fingerprint, packageName: 'depot.zip', seller: HOLDER, buyer: null }, context),
      `recepisse-${digit}`,
    );
    expect(pdf.text).toContain(fingerprint);
    expect(pdf.text).toContain('Récépissé de dépôt du registre des stupéfiants');
  });
});
