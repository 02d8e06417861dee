// The register's public key and its fingerprint at the foot of every page of an edition,
// and on the holder's recovery sheet.
import { describe, expect, it } from 'vitest';
import { recoverySheetPdf } from '../../../shared/access/recovery-sheet-pdf';
import { monthBalancePdf } from '../../../shared/editions/pdf/month-balance-pdf';
import { generateKeyPair } from '../../../shared/signature/ed25519';
import { keyFingerprint } from '../../../shared/signature/fingerprint';
import { HOLDER } from '../../fixtures/drafts';
import { readPdf, renderPages, squeezed } from '../editions/pdf-text';
import { editionContext, scenarioEvents } from '../editions/scenario';

const events = scenarioEvents();
const { publicKey } = generateKeyPair();
const fingerprint = keyFingerprint(publicKey);

describe('the signing key on paper', () => {
  it('has a short fingerprint: four groups of four hexadecimal capitals from SHA-256 of the key', () => {
    expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(keyFingerprint('00'.repeat(32))).toBe('6668 7AAD F862 BD77');
  });

  it('is printed with its fingerprint at the foot of every page of an edition', () => {
    const pdf = readPdf(monthBalancePdf(events, '2026-03', { ...editionContext(events), signingKey: publicKey }), 'c-balance-mars-cle');
    renderPages(pdf);
    expect(pdf.pages.length).toBeGreaterThan(0);
    for (const page of pdf.pages) {
      expect(squeezed(page)).toContain(`Clé de signature du registre : empreinte ${fingerprint} — clé publique Ed25519 ${publicKey}`);
    }
  });

  it('says so on a register that has no key yet, or waits for the new holder’s', () => {
    const none = readPdf(monthBalancePdf(events, '2026-03', editionContext(events)), 'c-balance-mars-sans-cle');
    expect(squeezed(none.text)).toContain('Clé de signature : le registre n’en a pas encore (elle est enregistrée à sa prochaine clôture).');
    const waiting = readPdf(monthBalancePdf(events, '2026-03', { ...editionContext(events), signingKey: null }), 'c-balance-mars-cle-attendue');
    expect(squeezed(waiting.text)).toContain('celle du nouveau titulaire sera enregistrée à sa première clôture.');
  });

  it('is on the recovery sheet, in its body and at its foot', () => {
    const sheet = readPdf(
      recoverySheetPdf(
        { registerId: 'REG-2026-001', holder: HOLDER, recoveryCode: 'ABCD-EFGH-JKLM-NPQR' },
        { ...editionContext(events), signingKey: publicKey },
      ),
      'feuille-de-secours-cle',
    );
    const text = squeezed(sheet.text);
    expect(text).toContain('Clé de signature du registre');
    expect(text).toContain(`a pour empreinte ${fingerprint}`);
    expect(text).toContain(`empreinte ${fingerprint} — clé publique Ed25519 ${publicKey}`);
  });
});
