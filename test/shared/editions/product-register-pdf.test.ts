import { describe, expect, it } from 'vitest';
import { productRegisterPdf, PRODUCT_REGISTER_TITLE } from '../../../shared/editions/pdf/product-register-pdf';
import { ESTABLISHMENT } from '../../fixtures/drafts';
import { frameGaps, lineOf, printedOrderNumbers, readPdf, renderPages, squeezed } from './pdf-text';
import { editionContext, headOf, METHADONE_ID, MORPHINE_ID, scenarioEvents, SEQ, veterinaryEvents } from './scenario';

const MARCH_VET = { from: '2026-03-01', to: '2026-03-31' };

const events = scenarioEvents();
const context = editionContext(events);
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('edition (a): the register of one product over a period', () => {
  const pdf = readPdf(productRegisterPdf(events, MORPHINE_ID, MARCH, context), 'a-registre-morphine-mars');
  const text = squeezed(pdf.text);

  it('prints the establishment, the title, the period, the page, the edition time and the chain head on every page', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
    const frame = {
      establishment: ESTABLISHMENT,
      title: PRODUCT_REGISTER_TITLE,
      period: 'du 01/03/2026 au 31/03/2026',
      edited: '15/04/2026 à 14:05',
      head: headOf(events),
    };
    expect(frameGaps(pdf, frame)).toEqual([]);
    for (const page of pdf.pages) expect(squeezed(page)).toContain('Morphine sulfate LP 10 mg — comprimé, 10 mg — unité de prise : comprimé');
  });

  it('repeats the column titles on every page', () => {
    for (const page of pdf.pages) expect(page).toMatch(/Observations/);
  });

  it('lists only this product’s movements of the period, in register order', () => {
    const printed = printedOrderNumbers(pdf.text);
    const expected = events
      .filter(
        (event) => 'productId' in event && event.productId === MORPHINE_ID && event.type !== 'product.defined' && event.operationDate.startsWith('2026-03'),
      )
      .map((event) => event.seq);
    expect(printed).toEqual(expected);
    expect(printed).toHaveLength(76);
  });

  it('carries in the balance of every operation dated before the period: 40 taken over, 30 received, 12 dispensed', () => {
    expect(text).toMatch(/Solde reporté au 28\/02\/2026 \(opérations antérieures à la période\) 58\n/);
  });

  it('writes the figures the French way, thousands apart, running balance after each line', () => {
    const receipt = squeezed(lineOf(pdf.pages[0] ?? '', 10) ?? '');
    expect(receipt).toContain('Réception');
    expect(receipt).toMatch(/ 1 400 1 458 Validé par Claire Martin/);
    expect(text).toMatch(/Totaux de la période ; solde au 31\/03\/2026 1 412 262 1 208/);
  });

  it('marks the corrected movement with the number of its correction, which names it back', () => {
    const pageOne = pdf.pages[0] ?? '';
    const corrected = pageOne.split('\n');
    const at = corrected.findIndex((line) => line === lineOf(pageOne, SEQ.wrongInMarch));
    expect(squeezed(corrected.slice(at, at + 2).join('\n'))).toMatch(/corrigé par n° 13/);
    expect(squeezed(lineOf(pageOne, SEQ.correctionInMarch) ?? '')).toMatch(/Contre-passation du .* 12 .* Annule : Dispensation du 04\/03\/2026, 12/);
    // Corrected in April, after the period: the March edition still says so.
    const later = corrected.findIndex((line) => line === lineOf(pageOne, SEQ.wrongCorrectedInApril));
    expect(squeezed(corrected.slice(later, later + 2).join('\n'))).toMatch(/corrigé par n° 92/);
    expect(squeezed(lineOf(pageOne, SEQ.wrongCorrectedInApril) ?? '')).toContain('Contre-passé par le n° 92 du 03/04/2026');
  });

  it('carries in the movements of the same month when the period starts mid-month', () => {
    const mid = squeezed(
      readPdf(productRegisterPdf(events, MORPHINE_ID, { from: '2026-03-05', to: '2026-03-09' }, context), 'a-registre-morphine-5-9-mars').text,
    );
    // 58 + 1 400 − 12 + 12 − 28 − 2 on 2 to 4 March.
    expect(mid).toMatch(/Solde reporté au 04\/03\/2026 \(opérations antérieures à la période\) 1 428\n/);
    expect(mid).toMatch(/Totaux de la période ; solde au 09\/03\/2026 0 10 1 418/);
  });

  it('counts a product measured in mL to the thousandth', () => {
    const methadone = squeezed(readPdf(productRegisterPdf(events, METHADONE_ID, MARCH, context), 'a-registre-methadone-mars').text);
    expect(methadone).toContain('unité de prise : mL');
    expect(methadone).toMatch(/Solde reporté au 28\/02\/2026 .* 1 000\n/);
    expect(methadone).toMatch(/ 12,5 987,5 /);
    expect(methadone).toMatch(/ 15,25 972,25 /);
  });

  it('says so when nothing moved, and still carries the balance', () => {
    const quiet = squeezed(
      readPdf(productRegisterPdf(events, MORPHINE_ID, { from: '2026-04-05', to: '2026-04-15' }, context), 'a-registre-morphine-avril').text,
    );
    expect(quiet).toContain('Aucun mouvement sur la période.');
    // 1 208 at the end of March, and the 28 put back by the correction of 3 April.
    expect(quiet).toMatch(/Solde reporté au 04\/04\/2026 .* 1 236\n/);
    expect(quiet).toMatch(/Totaux de la période ; solde au 15\/04\/2026 0 0 1 236/);
  });

  it('keeps a long name and a two-line address whole, in smaller type', () => {
    const establishment = {
      name: 'Pharmacie Mutualiste de la Grande Place et du Vieux Port de Lorient-Keroman, SELARL Le Goff-Martin-Quéré',
      address: 'Centre commercial du Grand Large, galerie marchande, cellule 14\n12 avenue de la Perrière, 56100 Lorient Cedex',
      kind: 'officine' as const,
    };
    const long = readPdf(
      productRegisterPdf(events, MORPHINE_ID, { from: '2026-03-05', to: '2026-03-09' }, { ...context, establishment }),
      'a-registre-nom-long',
    );
    const header = squeezed(long.pages[0] ?? '').replace(/\s+/g, ' ');
    expect(header).toContain(establishment.name);
    expect(header).toContain('Centre commercial du Grand Large, galerie marchande, cellule 14, 12 avenue de la Perrière, 56100');
  });

  it('gives the same bytes for the same register, head and instant', () => {
    expect(productRegisterPdf(events, MORPHINE_ID, MARCH, context)).toEqual(productRegisterPdf(events, MORPHINE_ID, MARCH, context));
  });

  it('renders its pages to pictures', () => {
    renderPages(pdf, 2);
  });
});

describe('the register of one product, in a veterinary register', () => {
  it('names the animal and its keeper in its header, never a patient or a prescriber', () => {
    const events = veterinaryEvents();
    const productId = events.find((event) => event.type === 'product.defined')?.productId ?? '';
    const context = { ...editionContext(events), establishment: { ...ESTABLISHMENT, kind: 'veterinaire' as const } };
    const pdf = readPdf(productRegisterPdf(events, productId, MARCH_VET, context), 'a-registre-ketamine-veterinaire');
    renderPages(pdf);
    const text = squeezed(pdf.text);
    expect(text).toContain('Fournisseur, animal / détenteur');
    expect(text).not.toMatch(/patient|prescripteur/i);
    expect(text).toContain('d’ordonnance');
    expect(text).not.toContain('ordonnancier');
    expect(text).toContain('Délivrance au');
  });
});
