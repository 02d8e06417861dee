import { describe, expect, it } from 'vitest';
import { lifecycleSteps } from '../../../shared/editions/lifecycle-steps';
import { JOURNAL_FORMAT, type EventBody, type RegisterEvent } from '../../../shared/register/events';
import { toMilli } from '../../../shared/register/quantity';
import { HOLDER, MORPHINE, units } from '../../fixtures/drafts';

/** An event as the register holds it; the steps read only the order number, the date and the body. */
function at(seq: number, operationDate: string, body: EventBody): RegisterEvent {
  return {
    format: JOURNAL_FORMAT,
    seq,
    prevHash: '',
    recordedAt: `${operationDate}T09:00:00.000Z`,
    operationDate,
    validatedBy: HOLDER,
    hash: '',
    ...body,
  } as RegisterEvent;
}

const WITNESS = { name: 'Dr Hélène Kerjean', orderNumber: '10004455667', council: 'CROP de Bretagne' };

/** Morphine (P2) and a syrup counted in mL (P3): an inventory, a destruction dossier through to its copy, a theft. */
const EVENTS: RegisterEvent[] = [
  at(1, '2026-02-02', { type: 'product.defined', productId: 'P2', product: MORPHINE }),
  at(2, '2026-02-02', { type: 'product.defined', productId: 'P3', product: { ...MORPHINE, designation: 'Méthadone sirop', unit: 'mL' } }),
  at(3, '2026-02-20', {
    type: 'destruction.planned',
    dossier: 'PV-2026-001',
    plannedDate: '2026-03-23',
    witness: WITNESS,
    inspector: 'ARS Bretagne',
    items: [{ productId: 'P2', lot: 'L4521', quantity: units(14) }],
  }),
  at(4, '2026-03-05', {
    type: 'inventory.taken',
    countedBy: 'Claire Martin, Paul Le Du',
    lines: [
      { productId: 'P2', compartment: 'dispensable', expected: units(30), counted: units(28), method: 'count', reason: 'Casse au déconditionnement' },
      { productId: 'P3', compartment: 'dispensable', expected: toMilli(972_250), counted: toMilli(972_250), method: 'weight' },
    ],
  }),
  at(5, '2026-03-05', {
    type: 'inventory.adjustment',
    productId: 'P2',
    quantity: units(2),
    compartment: 'dispensable',
    direction: 'exit',
    inventory: 4,
    reason: 'Casse au déconditionnement',
  }),
  at(6, '2026-03-23', { type: 'destruction.certified', dossier: 'PV-2026-001', method: 'Dissolution puis gélifiant', disposal: 'DASRI' }),
  at(7, '2026-03-23', { type: 'destruction', productId: 'P2', quantity: units(14), lot: 'L4521', dossier: 'PV-2026-001' }),
  at(8, '2026-03-24', { type: 'destruction.copySent', dossier: 'PV-2026-001' }),
  at(9, '2026-03-25', {
    type: 'theft',
    productId: 'P3',
    quantity: toMilli(15_250),
    compartment: 'dispensable',
    circumstances: 'Flacon disparu',
    policeReportRef: 'PV 2026/118',
    regionalDeclarationRef: 'ARS-42',
    agencyDeclarationRef: 'ANSM-77',
    policeReportDate: '2026-03-25',
    regionalDeclarationDate: '2026-03-26',
    agencyDeclarationDate: '2026-03-26',
  }),
];

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('the steps of the stock’s life, with their references', () => {
  it('lists each inventory, each step of a destruction dossier and each theft of the period, in register order', () => {
    expect(lifecycleSteps(EVENTS, MARCH)).toEqual([
      {
        seq: 4,
        operationDate: '2026-03-05',
        step: 'Inventaire n° 4',
        products: [
          'Morphine sulfate LP 10 mg (comprimé) : attendu 30, compté 28, écart −2 — motif : Casse au déconditionnement',
          'Méthadone sirop (mL) : attendu 972,25, pesé 972,25',
        ],
        references: 'Compté par Claire Martin, Paul Le Du ; un écart, inscrit en écart d’inventaire',
      },
      {
        seq: 6,
        operationDate: '2026-03-23',
        // The dossier was opened in February: its PV still names what it destroyed.
        step: 'PV de destruction PV-2026-001',
        products: ['Morphine sulfate LP 10 mg (comprimé) : 14 (lot L4521)'],
        references: 'Dénaturation : Dissolution puis gélifiant ; élimination : DASRI',
      },
      {
        seq: 8,
        operationDate: '2026-03-24',
        step: 'Copie du PV PV-2026-001 envoyée',
        products: [],
        references: 'Copie du procès-verbal adressée à l’inspecteur',
      },
      {
        seq: 9,
        operationDate: '2026-03-25',
        step: 'Vol ou détournement n° 9',
        products: ['Méthadone sirop (mL) : 15,25 (Stock disponible)'],
        references: 'Plainte PV 2026/118 du 25/03/2026 ; déclaration ARS-42 du 26/03/2026 ; déclaration ANSM-77 du 26/03/2026',
      },
    ]);
  });

  it('gives the notice its date, its witness and its inspector', () => {
    expect(lifecycleSteps(EVENTS, { from: '2026-02-01', to: '2026-02-28' })).toEqual([
      {
        seq: 3,
        operationDate: '2026-02-20',
        step: 'Avis de destruction, dossier PV-2026-001',
        products: ['Morphine sulfate LP 10 mg (comprimé) : 14 (lot L4521)'],
        references: 'Avis à ARS Bretagne ; destruction prévue le 23/03/2026 devant Dr Hélène Kerjean (n° 10004455667 ; CROP de Bretagne)',
      },
    ]);
  });

  it('keeps, for one product, only its steps and only its lines', () => {
    const steps = lifecycleSteps(EVENTS, MARCH, 'P3');
    expect(steps.map((step) => step.seq)).toEqual([4, 9]);
    expect(steps[0]?.products).toEqual(['Méthadone sirop (mL) : attendu 972,25, pesé 972,25']);
    expect(steps[0]?.references).toBe('Compté par Claire Martin, Paul Le Du ; aucun écart');
    expect(lifecycleSteps(EVENTS, MARCH, 'P2').map((step) => step.seq)).toEqual([4, 6, 8]);
  });

  it('says a dossier was cancelled, with its items and its reason', () => {
    const planned = at(10, '2026-04-02', {
      type: 'destruction.planned',
      dossier: 'PV-2026-002',
      plannedDate: '2026-05-04',
      witness: WITNESS,
      inspector: 'ARS Bretagne',
      items: [{ productId: 'P3', quantity: units(5) }],
    });
    const cancelled = at(11, '2026-04-20', { type: 'destruction.cancelled', dossier: 'PV-2026-002', reason: 'Témoin indisponible, inspecteur prévenu' });
    expect(lifecycleSteps([...EVENTS, planned, cancelled], { from: '2026-04-10', to: '2026-04-30' })).toEqual([
      {
        seq: 11,
        operationDate: '2026-04-20',
        step: 'Dossier PV-2026-002 annulé',
        products: ['Méthadone sirop (mL) : 5'],
        references: 'Motif : Témoin indisponible, inspecteur prévenu',
      },
    ]);
  });

  it('has nothing to say of a period without any of these steps', () => {
    expect(lifecycleSteps(EVENTS, { from: '2026-04-01', to: '2026-04-30' })).toEqual([]);
  });
});
