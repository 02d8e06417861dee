import { describe, expect, it } from 'vitest';
import { periodJournalPdf, PERIOD_JOURNAL_TITLE } from '../../../shared/editions/pdf/period-journal-pdf';
import { isMovement } from '../../../shared/register/events';
import { ESTABLISHMENT } from '../../fixtures/drafts';
import { frameGaps, lineOf, printedOrderNumbers, readPdf, renderPages, squeezed } from './pdf-text';
import { editionContext, headOf, scenarioEvents } from './scenario';

const events = scenarioEvents();
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('edition (b): every product over a period, one line per movement', () => {
  const pdf = readPdf(periodJournalPdf(events, MARCH, editionContext(events)), 'b-tous-produits-mars');
  const text = squeezed(pdf.text);

  it('prints the frame on every page', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    const frame = {
      establishment: ESTABLISHMENT,
      title: PERIOD_JOURNAL_TITLE,
      period: 'du 01/03/2026 au 31/03/2026',
      edited: '15/04/2026 à 14:05',
      head: headOf(events),
    };
    expect(frameGaps(pdf, frame)).toEqual([]);
  });

  it('lists every movement of the period, all products, in register order', () => {
    const expected = events.filter((event) => isMovement(event) && event.operationDate.startsWith('2026-03')).map((event) => event.seq);
    expect(printedOrderNumbers(pdf.text)).toEqual(expected);
  });

  it('carries each product’s balance in, and follows each product’s own balance line after line', () => {
    expect(text).toMatch(/Soldes reportés au 28\/02\/2026/);
    expect(text).toMatch(/Morphine sulfate LP 10 mg \(comprimé\) 58\n/);
    expect(text).toMatch(/Méthadone AP-HP sirop 40 mg \(mL\) 1 000\n/);
    expect(text).toMatch(/Fentanyl 25 µg\/h \(patch\) 20\n/);
    const pageOne = pdf.pages[0] ?? '';
    expect(squeezed(lineOf(pageOne, 11) ?? '')).toMatch(/Méthadone .* Dispensation .* 12,5 987,5 /);
    expect(squeezed(lineOf(pageOne, 16) ?? '')).toMatch(/Fentanyl .* Retour patient .* 3 23 /);
    expect(squeezed(lineOf(pageOne, 19) ?? '')).toMatch(/Fentanyl .* Retour fournisseur .* 2 16 /);
  });

  it('closes with the period’s inventories, destructions and thefts, each with its references', () => {
    const steps = text.split('Inventaires, destructions et vols de la période')[1] ?? '';
    expect(steps).toContain(
      '20 09/03/2026 Vol ou détournement n° 20 Méthadone AP-HP sirop 40 mg (mL) : 15,25 (Stock disponible) Plainte PV 2026/118 du 10/03/2026 ; déclaration DECL-REG-44 du 10/03/2026 ;',
    );
    expect(steps).toContain('déclaration DECL-NAT-45 du 10/03/2026');
  });

  it('ends with the totals and the balances at the end of the period, quarantine apart', () => {
    expect(text).toMatch(/Totaux de la période et soldes au 31\/03\/2026/);
    expect(text).toMatch(/Morphine sulfate LP 10 mg \(comprimé\) 58 1 412 262 1 208\n/);
    expect(text).toMatch(/Méthadone AP-HP sirop 40 mg \(mL\) 1 000 0 27,75 972,25\n/);
    expect(text).toMatch(/Fentanyl 25 µg\/h \(patch\) 20 3 7 16 1\n/);
  });

  it('marks a corrected movement with its correction', () => {
    expect(text).toMatch(/corrigé par n° 13/);
    expect(text).toMatch(/corrigé par n° 92/);
  });

  it('renders its first page to a picture', () => {
    renderPages(pdf, 1);
  });
});
