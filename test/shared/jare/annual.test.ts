import { describe, expect, it } from 'vitest';
import { annualStatement, identityHolds } from '../../../shared/jare/annual';
import { createPeriodEvents } from '../../../shared/editions/period-events';
import { JARE_CATEGORIES } from '../../../shared/jare/categories';
import { exactDecimal, frenchDecimal, isExactAsNumber, milliDecimal, substanceNanograms, type JareUnit } from '../../../shared/jare/units';
import type { RegisterEvent } from '../../../shared/register/events';
import { toMilli } from '../../../shared/register/quantity';
import { decideDraft } from '../../fixtures/register';
import { openedContext, productDraft } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { annualJournal, SKENAN } from './annual-journal';

describe('exact conversion of a quantity of product into substance', () => {
  it.each<[number, number, JareUnit, string]>([
    // thousandths of a unit, µg per unit, unit of the row, exact figure
    [14_000, 30_000, 'mg', '420'], // 14 gélules de 30 mg
    [14_000, 30_000, 'g', '0.42'],
    [14_000, 30_000, 'kg', '0.00042'],
    [14_000, 30_000, 'µg', '420000'],
    [12_500, 20_000, 'mg', '250'], // 12,5 mL à 20 mg/mL
    [1, 1, 'µg', '0.001'], // 1/1000 d’unité à 1 µg : 1 ng
    [1, 1, 'kg', '0.000000000001'],
    [333, 5_000, 'mg', '1.665'], // 0,333 mL d’un sirop à 5 mg/mL
    [250, 12, 'µg', '3'], // 1/4 de patch à 12 µg
    [250, 25, 'µg', '6.25'],
    [-2_000, 30_000, 'mg', '-60'],
    [0, 30_000, 'g', '0'],
    [9_007_199_254_740_991, 1_000_000_000, 'kg', '9007199254740.991'], // beyond 2^53 in ng: BigInt keeps it exact
  ])('%i millièmes × %i µg = %s %s', (milli, perUnit, unit, expected) => {
    expect(exactDecimal(substanceNanograms(toMilli(milli), perUnit), unit)).toBe(expected);
  });

  it('writes units of intake and French figures exactly', () => {
    expect(milliDecimal(toMilli(12_500))).toBe('12.5');
    expect(milliDecimal(toMilli(1))).toBe('0.001');
    expect(frenchDecimal('1234567.25')).toBe('1\u202f234\u202f567,25');
    expect(frenchDecimal('-60')).toBe('−60');
  });

  it('lets only figures a double writes back identically become spreadsheet numbers', () => {
    expect(isExactAsNumber('0.42')).toBe(true);
    expect(isExactAsNumber('1.665')).toBe(true);
    expect(isExactAsNumber('123456.789')).toBe(true);
    expect(isExactAsNumber('12345678901234.567891')).toBe(false);
    expect(isExactAsNumber('0.000000000001')).toBe(false); // 1e-12: written as text, not "1e-12"
  });
});

describe('the mapping of movements to JARE columns', () => {
  it('puts receipts in acquisitions, dispensing in retail, theft and destruction in their own columns', () => {
    expect(JARE_CATEGORIES.receipt).toEqual({ flow: 'entry', kind: 'acquisition' });
    expect(JARE_CATEGORIES.dispensation).toEqual({ flow: 'exit', kind: 'retail' });
    expect(JARE_CATEGORIES['vet.administration']).toEqual({ flow: 'exit', kind: 'retail' });
    expect(JARE_CATEGORIES['vet.dispensing']).toEqual({ flow: 'exit', kind: 'retail' });
    expect(JARE_CATEGORIES.theft).toEqual({ flow: 'exit', kind: 'lossTheft' });
    expect(JARE_CATEGORIES.destruction).toEqual({ flow: 'exit', kind: 'destruction' });
    expect(JARE_CATEGORIES['inventory.adjustment']).toEqual({ flow: 'difference' });
    expect(JARE_CATEGORIES.correction).toEqual({ flow: 'difference' });
    expect(JARE_CATEGORIES['quarantine.moved']).toEqual({ flow: 'none' });
  });
});

describe('annualStatement', () => {
  const events = annualJournal();
  const statement = annualStatement(events, 2026);

  it('starts from the December closure and takes January from its closure, the rest folded', () => {
    expect(statement.closedMonths).toEqual(['2026-01']);
    const skenan = statement.products.find((product) => product.productId === 'P2')!;
    expect(skenan.flows.opening).toBe(14_000);
    expect(skenan.flows.entries).toEqual({ manufacture: 0, acquisition: 56_000, import: 0 });
    expect(skenan.flows.exits).toEqual({ manufactureUse: 0, wholesale: 0, retail: 10_000, export: 0, destruction: 0, lossTheft: 2_000 });
    // The 2027 dispensation is not in 2026.
    expect(skenan.flows.closing).toBe(71_000);
  });

  it('starts a year whose December is open from the last closure before it, moved by the movements since', () => {
    // 2027: the last closure before it is January 2026's; February to December 2026 are folded on top.
    const kept = createPeriodEvents({ from: '2027-01-01', to: '2027-12-31' });
    for (const event of annualJournal()) kept.add(event);
    const read = kept.events();
    expect(read.some((event) => event.type === 'receipt' && event.operationDate < '2026-02-01')).toBe(false);
    const fromKept = annualStatement(read, 2027);
    expect(fromKept).toEqual(annualStatement(annualJournal(), 2027));
    expect(fromKept.products.find((product) => product.productId === 'P2')?.flows.opening).toBe(toMilli(71_000));
  });

  it('explains every difference: a correction and a patient return, each with its reason', () => {
    const skenan = statement.products.find((product) => product.productId === 'P2')!;
    expect(skenan.differences.map((difference) => [difference.seq, difference.quantity, difference.explanation])).toEqual([
      [14, 10_000, 'Contre-passation du n° 13 : délivrance saisie deux fois'],
      [15, 3_000, 'Retour patient (rapporté par Famille Dupont), à détruire'],
    ]);
    expect(skenan.flows.explained).toBe(13_000);
    expect(skenan.flows.unexplained).toBe(0);
    expect(identityHolds(statement)).toBe(true);
  });

  it('returns to a wholesaler are cessions to wholesale; mL count to the thousandth', () => {
    const oramorph = statement.products.find((product) => product.productId === 'P3')!;
    expect(oramorph.flows).toMatchObject({ opening: 0, closing: 77_500, entries: { acquisition: 100_000 }, exits: { retail: 12_500, wholesale: 10_000 } });
  });

  it('sums the products of one substance (the salt held) in nanograms, exactly', () => {
    expect(statement.substances).toHaveLength(1);
    const [morphine] = statement.substances;
    expect(morphine!.key).toBe('Morphine (sulfate)');
    expect(morphine!.productIds).toEqual(['P2', 'P3']);
    expect(exactDecimal(morphine!.flows.opening, 'mg')).toBe('420');
    expect(exactDecimal(morphine!.flows.entries.acquisition, 'g')).toBe('3.68'); // 56 × 30 mg + 100 mL × 20 mg
    expect(exactDecimal(morphine!.flows.exits.retail, 'mg')).toBe('550'); // 10 × 30 + 12,5 × 20
    expect(exactDecimal(morphine!.flows.closing, 'mg')).toBe('3680'); // 71 × 30 + 77,5 × 20
    expect(morphine!.flows.unexplained).toBe(0n);
  });

  it('names the products that declare no substance: they cannot go into sheet S', () => {
    expect(statement.withoutSubstance).toEqual(['P4']);
  });

  it('the year before holds only December: opening zero, closing what the closure sealed', () => {
    const previous = annualStatement(events, 2025);
    expect(previous.closedMonths).toEqual(['2025-12']);
    expect(previous.products.find((product) => product.productId === 'P2')!.flows).toMatchObject({ opening: 0, closing: 14_000, unexplained: 0 });
  });

  it('an inventory variance is an explained difference, with the inventory’s reason', () => {
    const adjustment = {
      ...events.find((event) => event.seq === 12)!,
      seq: 19,
      type: 'inventory.adjustment',
      operationDate: '2026-12-30',
      productId: 'P2',
      quantity: toMilli(1_000),
      compartment: 'dispensable',
      direction: 'exit',
      inventory: 18,
      reason: 'gélule écrasée',
    } as unknown as RegisterEvent;
    const withInventory = annualStatement([...events, adjustment], 2026);
    const skenan = withInventory.products.find((product) => product.productId === 'P2')!;
    expect(skenan.flows.closing).toBe(70_000);
    expect(skenan.differences.at(-1)).toMatchObject({ seq: 19, quantity: -1_000, explanation: 'Écart d’inventaire (inventaire n° 18) : gélule écrasée' });
    expect(skenan.flows.unexplained).toBe(0);
  });

  it('a closure that disagrees with the journal leaves a difference no movement explains', () => {
    const altered = events.map((event) =>
      event.type === 'month.closed' && event.month === '2026-01'
        ? { ...event, products: event.products.map((line) => (line.productId === 'P2' ? { ...line, closing: toMilli(line.closing + 1_000) } : line)) }
        : event,
    );
    const statement2 = annualStatement(altered, 2026);
    // The closing is carried from January's sealed figure; the movements do not account for it.
    expect(statement2.products.find((product) => product.productId === 'P2')!.flows.unexplained).toBe(1_000);
    expect(identityHolds(statement2)).toBe(false);
  });
});

describe('the substance of a product definition', () => {
  it('is optional: a product without it is still accepted as before', () => {
    expect(accepted(decideDraft(productDraft(), openedContext({ product: undefined }))).body).not.toHaveProperty('substance');
  });

  it('keeps a salt with its name and the micrograms per unit', () => {
    const valid = accepted(decideDraft(productDraft(SKENAN), openedContext({ product: undefined })));
    expect(valid.body).toMatchObject({ product: { substance: { name: 'Morphine', form: 'sel', saltName: 'sulfate', perUnit: 30_000 } } });
  });

  it.each([
    [{ name: 'Morphine', form: 'sel', perUnit: 30_000 }, 'substance.saltName'],
    [{ name: 'Morphine', form: 'hydrate', perUnit: 30_000 }, 'substance.form'],
    [{ name: 'Morphine', form: 'base', perUnit: 0 }, 'substance.perUnit'],
    [{ name: 'Morphine', form: 'base', perUnit: 2.5 }, 'substance.perUnit'],
    [{ name: ' ', form: 'base', perUnit: 10 }, 'substance.name'],
  ])('refuses %j on %s', (substance, field) => {
    expect(refusal(decideDraft(productDraft({ substance } as never), openedContext({ product: undefined })))).toMatchObject({ field });
  });

  it('drops a salt name given with a base', () => {
    const valid = accepted(
      decideDraft(productDraft({ substance: { name: 'Fentanyl', form: 'base', saltName: 'citrate', perUnit: 12 } }), openedContext({ product: undefined })),
    );
    expect(valid.body).toMatchObject({ product: { substance: { name: 'Fentanyl', form: 'base', perUnit: 12 } } });
    expect((valid.body as { product: { substance: object } }).product.substance).not.toHaveProperty('saltName');
  });
});
