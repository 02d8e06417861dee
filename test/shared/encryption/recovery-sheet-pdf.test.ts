import { describe, expect, it } from 'vitest';
import { recoverySheetPdf, RECOVERY_SHEET_TITLE } from '../../../shared/encryption/recovery-sheet-pdf';
import { editionFonts } from '../../fixtures/edition-fonts';
import { handoverPackage } from '../../fixtures/package';
import { readPdf, renderPages } from '../editions/pdf-text';

const { manifest } = handoverPackage();
const context = { establishment: manifest.establishment, head: manifest.head, editedAt: new Date('2026-11-23T15:30:00'), fonts: editionFonts() };
const CODE = '7K3QD-M9XRT-2HBCV-04ZNF-PW8SG';
const RECIPIENT = 'age1xsyzr7c42jsdsqx9nn329c9udjf506646cjltypnw9px9vh8zqrqc8n9t3';

describe('the recovery sheet', () => {
  it('carries the code as printed, what it protects, and both ways to restore', () => {
    const pdf = readPdf(recoverySheetPdf({ recoveryCode: CODE, recipient: RECIPIENT, registerId: 'REG-2026-001' }, context), 'fiche-de-secours');
    renderPages(pdf);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.text).toContain(RECOVERY_SHEET_TITLE);
    expect(pdf.text).toContain(CODE);
    expect(pdf.text).toContain(RECIPIENT);
    expect(pdf.text).toContain('art. R. 5132-36');
    expect(pdf.text).toContain('Restaurer avec l’application');
    expect(pdf.text).toContain('age -d -o identite.txt cle-de-reserve.age');
    expect(pdf.text).toContain('done < REG-2026-001.journal-chiffre.txt > REG-2026-001.journal.jsonl');
    // The commands are typed as printed: French typography must not slip a space before ';'.
    expect(pdf.text).toContain('while read seq hash ligne; do');
  });
});
