// A pharmacy's register from February to April 2026, sealed with the fixtures: three
// products, a balance carried over from paper, receipts, enough dispensations of the
// morphine in March to fill several pages, a patient return, a theft, and corrections
// (one in March of a March dispensation, one in April of a March dispensation).
import type { Counterparty, Recipient, RegisterEvent } from '../../../shared/register/events';
import type { ChainHead } from '../../../shared/register/chain-head';
import { lastDayOf } from '../../../shared/register/dates';
import { toMilli } from '../../../shared/register/quantity';
import type { Draft } from '../../../shared/register/validate';
import type { EditionContext } from '../../../shared/editions/pdf/document';
import {
  correctionDraft,
  dispensationDraft,
  ESTABLISHMENT,
  on,
  openingDraft,
  PATIENT,
  PRESCRIBER,
  productDraft,
  receiptDraft,
  units,
} from '../../fixtures/drafts';
import { editionFonts } from '../../fixtures/edition-fonts';
import { sealAll } from '../../fixtures/events';
import { openingBalanceDraft, patientReturnDraft, supplierReturnDraft, theftDraft, vetAdministrationDraft, vetDispensingDraft } from '../register/drafts';

export const OPENED_ON = '2026-02-02';
export const TODAY = '2026-04-15';

export const MORPHINE_ID = 'P2';
export const METHADONE_ID = 'P3';
export const FENTANYL_ID = 'P4';

export const PATIENTS: Counterparty[] = [
  { name: 'Zoé Abadie', address: '8 rue Paul Guieysse, 56100 Lorient' },
  PATIENT,
  { name: 'Élise Martin', address: '2 place Alsace-Lorraine, 56100 Lorient' },
  { name: 'Bernard Le Floch', address: '14 cours de Chazelles, 56100 Lorient' },
];
const SECOND_PRESCRIBER: Counterparty = { name: 'Dr Yves Guillou', address: '5 avenue de la Perrière, 56100 Lorient' };

function dispensation(
  day: string,
  productId: string,
  quantity: number,
  recipient: Recipient,
  ordonnancier: string,
  extra: Partial<Draft> = {},
  prescriber = PRESCRIBER,
): Draft {
  return {
    ...on(day, dispensationDraft({ productId, quantity: toMilli(quantity), recipient, ordonnancierNumber: ordonnancier, prescriber: { ...prescriber } })),
    ...extra,
  };
}

function patient(index: number): Recipient {
  const { name, address } = PATIENTS[index % PATIENTS.length] as Counterparty;
  return { kind: 'patient', name, address };
}

function day(month: number, dayOfMonth: number): string {
  return `2026-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** Order numbers the tests name. */
export const SEQ = {
  carriedOver: 5,
  /** The March dispensation of 12 corrected in March. */
  wrongInMarch: 12,
  correctionInMarch: 13,
  /** The March dispensation corrected in April. */
  wrongCorrectedInApril: 14,
};

export function scenarioDrafts(): Draft[] {
  const drafts: Draft[] = [
    on(OPENED_ON, openingDraft()), // 1
    on(OPENED_ON, productDraft()), // 2 morphine, comprimé
    on(OPENED_ON, productDraft({ designation: 'Méthadone AP-HP sirop 40 mg', form: 'sirop', strength: '40 mg/15 mL', unit: 'mL', perBox: toMilli(15_000) })), // 3
    on(
      OPENED_ON,
      productDraft({ designation: 'Fentanyl 25 µg/h', form: 'dispositif transdermique', strength: '25 µg/h', unit: 'patch', perBox: toMilli(5_000) }),
    ), // 4
    on(OPENED_ON, openingBalanceDraft({ productId: MORPHINE_ID, quantity: units(40) })), // 5
    on(day(2, 5), receiptDraft({ quantity: units(30) })), // 6
    dispensation(day(2, 10), MORPHINE_ID, 12_000, patient(1), '2026-000010'), // 7
    on(day(2, 12), receiptDraft({ productId: METHADONE_ID, quantity: units(1_000), lot: 'M889', deliveryRef: 'BL-2026-0402' })), // 8: 1 000 mL
    on(day(2, 20), receiptDraft({ productId: FENTANYL_ID, quantity: units(20), lot: 'F12', deliveryRef: 'BL-2026-0555' })), // 9
    // March
    on(day(3, 2), receiptDraft({ quantity: units(1_400), lot: 'L4600', deliveryRef: 'BL-2026-0611' })), // 10: 1 400 tablets
    dispensation(day(3, 3), METHADONE_ID, 12_500, patient(2), '2026-000101'), // 11: 12,5 mL
    dispensation(day(3, 4), MORPHINE_ID, 12_000, patient(3), '2026-000102'), // 12: wrong, corrected by 13
    on(day(3, 4), correctionDraft(SEQ.wrongInMarch, { reason: 'quantite', comment: '2 comprimés délivrés, pas 12' })), // 13
    dispensation(day(3, 4), MORPHINE_ID, 28_000, patient(0), '2026-000103'), // 14: corrected in April
    dispensation(day(3, 4), MORPHINE_ID, 2_000, patient(3), '2026-000104', { observation: 'Réinscrit après la contre-passation n° 13' }), // 15
    on(day(3, 5), patientReturnDraft({ productId: FENTANYL_ID, quantity: units(3), returnedBy: 'Famille Le Floch' })), // 16
    dispensation(day(3, 6), FENTANYL_ID, 5_000, { kind: 'anonymous' }, '2026-000105'), // 17
    dispensation(day(3, 6), MORPHINE_ID, 10_000, { kind: 'professional', name: 'Dr Paul Quéré', address: '1 rue de Liège, 56100 Lorient' }, '2026-000106'), // 18
    on(day(3, 9), supplierReturnDraft({ productId: FENTANYL_ID, quantity: units(2), compartment: 'quarantine', reason: 'Retour patient à détruire' })), // 19
    on(day(3, 9), theftDraft({ productId: METHADONE_ID, quantity: toMilli(15_250) })), // 20
  ];
  // Enough dispensations of morphine to fill pages: 70 in March, four patients in turn.
  for (let index = 0; index < 70; index += 1) {
    drafts.push(
      dispensation(
        day(3, 10 + (index % 20)),
        MORPHINE_ID,
        (index % 5) * 1_000 + 1_000,
        patient(index),
        `2026-${String(200 + index).padStart(6, '0')}`,
        {},
        index % 3 === 0 ? SECOND_PRESCRIBER : PRESCRIBER,
      ),
    );
  }
  drafts.push(
    dispensation(day(4, 2), METHADONE_ID, 30_000, patient(2), '2026-000400'),
    on(day(4, 3), correctionDraft(SEQ.wrongCorrectedInApril, { reason: 'tiers', comment: 'Délivré à Bernard Le Floch, pas à Zoé Abadie' })),
  );
  return drafts;
}

/** Each event recorded at 18:00 UTC on its operation day, the corrections a day later. */
function recordedAt(draft: Draft): Date {
  const date = new Date(`${draft.operationDate}T18:00:00.000Z`);
  if (draft.body.type === 'correction') date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

export function scenarioEvents(): RegisterEvent[] {
  return sealAll(scenarioDrafts(), { recordedAt, today: () => TODAY });
}

export function headOf(events: readonly RegisterEvent[]): ChainHead {
  const last = events.at(-1);
  if (!last) throw new Error('empty register');
  return { seq: last.seq, hash: last.hash };
}

export const EDITED_AT = new Date(2026, 3, 15, 14, 5);

export function editionContext(events: readonly RegisterEvent[]): EditionContext {
  return { establishment: { ...ESTABLISHMENT }, head: headOf(events), editedAt: EDITED_AT, fonts: editionFonts() };
}

const OWNERS: Counterparty[] = [
  { name: 'Marie Le Bihan', address: 'Ferme de Kerlann, 56700 Hennebont' },
  { name: 'Alain Cadoret', address: '4 rue du Scorff, 56100 Lorient' },
];

/** A veterinary practice: ketamine received, administered in the practice, and dispensed to two keepers. */
export function veterinaryEvents(): RegisterEvent[] {
  const drafts: Draft[] = [
    on(
      OPENED_ON,
      openingDraft({ establishment: { name: 'Clinique vétérinaire du Blavet', address: '9 quai du Blavet, 56700 Hennebont', kind: 'veterinaire' } }),
    ),
    on(OPENED_ON, productDraft({ designation: 'Kétamine 100 mg/mL', form: 'solution injectable', strength: '100 mg/mL', unit: 'mL', perBox: toMilli(10_000) })),
    on(day(3, 2), receiptDraft({ quantity: units(50) })),
    on(day(3, 3), vetAdministrationDraft({ quantity: toMilli(1_200) })),
    on(day(3, 8), vetDispensingDraft({ quantity: toMilli(2_500), owner: { ...(OWNERS[0] as Counterparty) }, prescriptionRef: 'ORD-2026-118' })),
    on(
      day(3, 4),
      vetDispensingDraft({
        quantity: toMilli(1_000),
        owner: { ...(OWNERS[1] as Counterparty) },
        animal: { identification: 'Rex', species: 'chien' },
        prescriptionRef: 'ORD-2026-117',
      }),
    ),
  ];
  return sealAll(drafts, { recordedAt, today: () => TODAY });
}

/** The same register with February closed afterwards (n° 93), sealing the figures the register computes; later months when named. */
export function closedScenarioEvents(months: readonly string[] = ['2026-02']): RegisterEvent[] {
  const closures: Draft[] = months.map((month) => ({ operationDate: lastDayOf(month), body: { type: 'month.closed', month } }));
  return sealAll([...scenarioDrafts(), ...closures], { recordedAt: () => new Date('2026-04-15T07:00:00.000Z'), today: () => TODAY });
}
