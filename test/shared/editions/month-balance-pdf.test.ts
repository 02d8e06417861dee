import { describe, expect, it } from 'vitest';
import { monthBalance, monthName } from '../../../shared/editions/month-balance';
import { MONTH_BALANCE_TITLE, monthBalancePdf } from '../../../shared/editions/pdf/month-balance-pdf';
import { units } from '../../fixtures/drafts';
import { ESTABLISHMENT } from '../../fixtures/drafts';
import { frameGaps, readPdf, renderPages, squeezed } from './pdf-text';
import { reseal } from '../../fixtures/events';
import { closedScenarioEvents, editionContext, FENTANYL_ID, headOf, MORPHINE_ID, scenarioEvents } from './scenario';

const events = scenarioEvents();

describe('edition (c): the monthly balance of every product', () => {
  it('sums the month per kind of exit, a correction where it acts, and keeps the quarantine apart', () => {
    const balance = monthBalance(events, '2026-03', 'officine');
    expect(balance.exitKinds).toEqual(['dispensation', 'preparation.use', 'supplier.return', 'theft', 'correction']);
    const fentanyl = balance.rows.find((row) => row.productId === FENTANYL_ID);
    expect(fentanyl).toEqual({
      productId: FENTANYL_ID,
      opening: units(20),
      openingQuarantine: units(0),
      entries: units(3),
      entriesByKind: { 'patient.return': units(3) },
      exits: units(7),
      exitsByKind: { dispensation: units(5), 'supplier.return': units(2) },
      closing: units(16),
      closingQuarantine: units(1),
    });
    const morphine = balance.rows[0];
    expect(morphine?.entriesByKind).toEqual({ receipt: units(1_400), correction: units(12) });
  });

  const pdf = readPdf(monthBalancePdf(events, '2026-03', editionContext(events)), 'c-balance-mars');
  const text = squeezed(pdf.text);

  it('prints the frame', () => {
    expect(monthName('2026-03')).toBe('mars 2026');
    const frame = {
      establishment: ESTABLISHMENT,
      title: MONTH_BALANCE_TITLE,
      period: 'mars 2026 (du 01/03/2026 au 31/03/2026)',
      edited: '15/04/2026 à 14:05',
      head: headOf(events),
    };
    expect(frameGaps(pdf, frame)).toEqual([]);
  });

  it('prints opening stock, entries, exits by kind, closing stock and quarantine, French figures', () => {
    for (const word of ['Dispensation', 'Préparation', 'magistrale', 'fournisseur', 'détournement', 'passation', 'quarantaine'])
      expect(text).toMatch(new RegExp(` ${word}\\s`));
    // opening, of which quarantine, entries, dispensation, preparation, supplier return, theft, correction, exits, closing, of which quarantine
    expect(text).toMatch(/Morphine sulfate LP 10 mg \(comprimé\) 58 0 1 412 262 0 0 0 0 262 1 208 0\n/);
    expect(text).toMatch(/Méthadone AP-HP sirop 40 mg \(mL\) 1 000 0 0 12,5 0 0 15,25 0 27,75 972,25 0\n/);
    expect(text).toMatch(/Fentanyl 25 µg\/h \(patch\) 20 0 3 5 0 2 0 0 7 16 1\n/);
  });

  it('carries February’s closing stock into March’s opening', () => {
    const february = squeezed(readPdf(monthBalancePdf(events, '2026-02', editionContext(events)), 'c-balance-fevrier').text);
    expect(february).toMatch(/Morphine sulfate LP 10 mg \(comprimé\) 0 0 70 12 0 0 0 0 12 58 0\n/);
  });

  it('has the columns of a veterinary practice for a veterinary register', () => {
    const vet = monthBalancePdf(events, '2026-03', { ...editionContext(events), establishment: { ...ESTABLISHMENT, kind: 'veterinaire' } });
    const vetText = squeezed(readPdf(vet, 'c-balance-mars-veterinaire').text);
    for (const word of ['Administration', 'Délivrance au', 'détenteur']) expect(vetText).toMatch(new RegExp(` ${word}\\s`));
    // The officine's dispensations still get a column of their own rather than vanish.
    expect(monthBalance(events, '2026-03', 'veterinaire').exitKinds).toEqual([
      'vet.administration',
      'vet.dispensing',
      'supplier.return',
      'theft',
      'correction',
      'dispensation',
    ]);
  });

  it('says a month still open is computed at edition time', () => {
    expect(text).toContain('Mois non clos : balance calculée à l’édition à partir du journal');
  });

  it('prints a closed month from its sealed closure, and names the closure', () => {
    const closed = closedScenarioEvents();
    const closure = closed.at(-1);
    expect(closure?.type).toBe('month.closed');
    const february = squeezed(readPdf(monthBalancePdf(closed, '2026-02', editionContext(closed)), 'c-balance-fevrier-close').text);
    expect(february).toMatch(/Morphine sulfate LP 10 mg \(comprimé\) 0 0 70 12 0 0 0 0 12 58 0\n/);
    expect(february).toContain(`Mois clos : ces chiffres sont ceux que la clôture a scellés au registre, événement n° 93`);
    expect(february).toContain(`(empreinte ${closure?.hash.slice(0, 16)}), qui couvre le registre jusqu’au n° 92.`);
    expect(february).not.toContain('Attention');
  });

  it('prints the sealed figures as sealed, and warns when the journal no longer gives them', () => {
    const closed = closedScenarioEvents();
    const closure = closed.at(-1);
    if (closure?.type !== 'month.closed') throw new Error('no closure');
    const products = closure.products.map((row) => (row.productId === MORPHINE_ID ? { ...row, closing: units(57) } : row));
    const forged = [...closed.slice(0, -1), reseal(closure, { products })];
    const february = squeezed(readPdf(monthBalancePdf(forged, '2026-02', editionContext(forged)), 'c-balance-fevrier-ecart').text);
    expect(february).toMatch(/Morphine sulfate LP 10 mg \(comprimé\) 0 0 70 12 0 0 0 0 12 57 0\n/);
    expect(february).toContain(
      'Attention : recalculés à partir du journal, les chiffres diffèrent de la balance scellée pour Morphine sulfate LP 10 mg (comprimé).',
    );
  });

  it('renders to a picture', () => {
    renderPages(pdf, 1);
  });
});
