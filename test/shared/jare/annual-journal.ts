// A register across a year boundary for the annual declaration: opened in December 2025,
// December and January closed, movements through 2026 and one in 2027.
import { lastDayOf } from '../../../shared/register/dates';
import type { ProductDefinition, RegisterEvent } from '../../../shared/register/events';
import { toMilli } from '../../../shared/register/quantity';
import type { Draft } from '../../../shared/register/validate';
import { correctionDraft, dispensationDraft, MORPHINE, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';

/** Morphine sulfate 30 mg gélules: 30 000 µg of the salt per unit. */
export const SKENAN: ProductDefinition = {
  ...MORPHINE,
  designation: 'Skenan LP 30 mg',
  form: 'gélule',
  strength: '30 mg',
  unit: 'gélule',
  substance: { name: 'Morphine', form: 'sel', saltName: 'sulfate', perUnit: 30_000 },
};
/** An oral solution at 20 mg/mL, counted in mL. */
export const ORAMORPH: ProductDefinition = {
  ...MORPHINE,
  designation: 'Oramorph 20 mg/mL',
  form: 'solution buvable',
  strength: '20 mg/mL',
  unit: 'mL',
  perBox: toMilli(20_000),
  substance: { name: 'Morphine', form: 'sel', saltName: 'sulfate', perUnit: 20_000 },
};
/** A product defined before substances were declared. */
export const OLD_PRODUCT: ProductDefinition = { ...MORPHINE, designation: 'Ancien produit' };

const close = (month: string): Draft => ({ operationDate: lastDayOf(month), body: { type: 'month.closed', month } });

/**
 * 1 opening, 2 P2 Skenan, 3 P3 Oramorph, 4 P4 without substance;
 * 2025: 5 receipt P2 28, 6 dispensation P2 14, 7 closure 2025-12;
 * 2026: 8 receipt P2 56, 9 receipt P3 100 mL, 10 closure 2026-01, 11 dispensation P3 12,5 mL,
 * 12 theft P2 2, 13 dispensation P2 10, 14 its correction, 15 patient return P2 3,
 * 16 supplier return P3 10 mL, 17 receipt P4 10; 2027: 18 dispensation P2 5.
 */
export const IMPORT = { kind: 'AIS', number: 'AIS-2026-0042' } as const;
export const EXPORT = { kind: 'AEP', number: 'AEP-2026-0007' } as const;

/** With `trade`, n° 8 is an import under an AIS (in closed January) and n° 16 an export under an AEP. */
export function annualJournal({ trade = false }: { trade?: boolean } = {}): RegisterEvent[] {
  const drafts: Draft[] = [
    on('2025-12-01', openingDraft()),
    on('2025-12-01', productDraft(SKENAN)),
    on('2025-12-01', productDraft(ORAMORPH)),
    on('2025-12-01', productDraft(OLD_PRODUCT)),
    on('2025-12-10', receiptDraft({ productId: 'P2', quantity: units(28) })),
    on('2025-12-20', dispensationDraft({ productId: 'P2', quantity: units(14) })),
    close('2025-12'),
    on('2026-01-05', receiptDraft({ productId: 'P2', quantity: units(56), ...(trade ? { authorisation: IMPORT } : {}) })),
    on('2026-01-05', receiptDraft({ productId: 'P3', quantity: units(100) })),
    close('2026-01'),
    on('2026-02-01', dispensationDraft({ productId: 'P3', quantity: toMilli(12_500) })),
    {
      operationDate: '2026-03-01',
      body: {
        type: 'theft',
        productId: 'P2',
        quantity: units(2),
        compartment: 'dispensable',
        circumstances: 'Effraction',
        policeReportRef: 'PV-1',
        regionalDeclarationRef: 'ARS-1',
        agencyDeclarationRef: 'ANSM-1',
        policeReportDate: '2026-03-01',
        regionalDeclarationDate: '2026-03-01',
        agencyDeclarationDate: '2026-03-01',
      },
    },
    on('2026-03-02', dispensationDraft({ productId: 'P2', quantity: units(10) })),
    on('2026-03-02', correctionDraft(13, { productId: 'P2', comment: 'délivrance saisie deux fois' } as never)),
    { operationDate: '2026-04-01', body: { type: 'patient.return', productId: 'P2', quantity: units(3), returnedBy: 'Famille Dupont' } },
    {
      operationDate: '2026-05-01',
      body: {
        type: 'supplier.return',
        productId: 'P3',
        quantity: units(10),
        compartment: 'dispensable',
        supplier: { name: 'Répartiteur Ouest', address: 'Caudan' },
        reason: 'Flacons abîmés',
        ...(trade ? { authorisation: EXPORT } : {}),
      },
    },
    on('2026-06-01', receiptDraft({ productId: 'P4', quantity: units(10) })),
    on('2027-01-03', dispensationDraft({ productId: 'P2', quantity: units(5) })),
  ];
  return sealAll(drafts, {
    recordedAt: (draft) => new Date(`${draft.operationDate}T12:00:00.000Z`),
    // Each entry made on its day; the closures once their month ended.
    today: (draft) => (draft.body.type === 'month.closed' ? '2027-02-01' : draft.operationDate),
  });
}
