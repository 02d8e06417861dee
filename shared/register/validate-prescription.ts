// The prescription a dispensation records (art. R. 5132-29 to R. 5132-33 du code de la
// santé publique): its fields checked and normalised, then the rules of
// shared/prescription/ applied against the patient's earlier dispensations. What the law
// forbids is refused; what it leaves to the pharmacist's judgement needs their reason,
// which the event keeps.
import { limitsOf } from '../prescription/limits';
import { substanceKey } from '../prescription/history';
import { reviewPrescription, type EarlierDispensation, type PrescriptionReview } from '../prescription/review';
import type { PrescriptionWarningKind } from '../prescription/warnings';
import { isIsoDay } from './dates';
import type { PlannedSurgery, PrescriptionFraction, PrescriptionMentions, PrescriptionRecord } from './events-movements';
import type { Counterparty } from './events-register';
import type { Milli } from './quantity';
import { optionalField, positive, refuse, text } from './refusal';
import type { RegisterState } from './register-state';
import type { Fetched } from './rule-facts';

const RPPS = /^\d{11}$/;

/** Each warning named in a few words, for the refusal that asks the reason (the form shows the sentences). */
const WARNING_NAMES: Record<PrescriptionWarningKind, string> = {
  overlap: 'chevauchement',
  durationAboveLimit: 'durée au-delà de la limite du produit',
  fractionAboveLimit: 'fraction au-delà de la limite du produit',
  notFractioned: 'délivrance non fractionnée',
};

/** What a dispensation says besides its prescription, for the rules to read. */
export interface Filled {
  productId: string;
  quantity: Milli;
  operationDate: string;
  prescriber: Counterparty;
}

export function validatePrescription(
  value: Partial<PrescriptionRecord> | undefined,
  filled: Filled,
  { state, fetched }: { state: RegisterState; fetched: Fetched },
): { prescription?: PrescriptionRecord } {
  if (value === undefined) return {};
  const prescription = prescriptionRecord(value);
  const review = reviewAgainstRegister(prescription, filled, state, fetched);
  if (review.refusal) refuse(review.refusal.code, review.refusal.field, review.refusal.params);
  if (review.warnings.length > 0 && prescription.overrideReason === undefined) {
    refuse('prescription.reasonRequired', 'prescription.overrideReason', {
      warnings: review.warnings.map((warning) => WARNING_NAMES[warning.kind]).join(', '),
    });
  }
  return { prescription };
}

/** The rules applied as the register decides them: the form shows this before validation. */
export function reviewAgainstRegister(prescription: PrescriptionRecord, filled: Filled, state: RegisterState, fetched: Fetched): PrescriptionReview {
  const definition = state.products.get(filled.productId)?.state.definition;
  const substance = substanceKey(filled.productId, definition);
  return reviewPrescription({ ...filled, substance, prescription }, patientHistory(state, fetched), limitsOf(definition));
}

/** The patient's earlier dispensations (art. R. 5132-33), those not corrected: a corrected one was reversed and no longer counts. */
function patientHistory(state: RegisterState, fetched: Fetched): EarlierDispensation[] {
  return (fetched.patientDispensations ?? [])
    .filter((earlier) => !state.correctedBy.has(earlier.seq))
    .map((earlier) => ({ ...earlier, substance: substanceKey(earlier.productId, state.products.get(earlier.productId)?.state.definition) }));
}

/** A prescription's fields checked and normalised, before any rule reads them. */
export function prescriptionRecord(value: Partial<PrescriptionRecord>): PrescriptionRecord {
  const date = day(value.date, 'prescription.date', 'date de l’ordonnance');
  const days = wholeDays(value.days, 'prescription.days', 'durée prescrite (jours)');
  const quantity = positive(value.quantity as Milli, 'prescription.quantity');
  const fraction = value.fraction === undefined ? undefined : fractionOf(value.fraction, days);
  const mentions = mentionsOf(value.mentions);
  const rpps = optionalField('prescriberRpps', value.prescriberRpps, 'prescription.prescriberRpps', 'RPPS du prescripteur');
  if (rpps.prescriberRpps !== undefined && !RPPS.test(rpps.prescriberRpps)) refuse('prescription.rppsMalformed', 'prescription.prescriberRpps');
  return {
    date,
    days,
    quantity,
    ...(fraction ? { fraction } : {}),
    ...(mentions ? { mentions } : {}),
    ...rpps,
    ...optionalField('overrideReason', value.overrideReason, 'prescription.overrideReason', 'motif de la délivrance malgré l’avertissement'),
  };
}

function day(value: unknown, field: string, label: string): string {
  const given = text(value, field, label);
  if (!isIsoDay(given)) refuse('date.malformed', field);
  return given;
}

function wholeDays(value: unknown, field: string, label: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) refuse('prescription.daysMalformed', field, { label });
  return value;
}

/** The fraction named exists: its number between 1 and the count, and it starts within the period. */
function fractionOf(value: Partial<PrescriptionFraction>, totalDays: number): PrescriptionFraction {
  const number = wholeDays(value.number, 'prescription.fraction.number', 'numéro de la fraction');
  const count = wholeDays(value.count, 'prescription.fraction.count', 'nombre de fractions');
  const days = wholeDays(value.days, 'prescription.fraction.days', 'durée d’une fraction (jours)');
  if (number > count || (number - 1) * days >= totalDays) refuse('prescription.fractionMalformed', 'prescription.fraction.number');
  return { number, count, days };
}

/** The mentions written, each kept only when present: an unticked box writes nothing. */
function mentionsOf(value: Partial<PrescriptionMentions> | undefined): PrescriptionMentions | undefined {
  if (value === undefined) return undefined;
  const surgery = value.surgery === undefined ? undefined : surgeryOf(value.surgery);
  const mentions: PrescriptionMentions = {
    ...(value.overlapAllowed === true ? { overlapAllowed: true as const } : {}),
    ...(value.singleDelivery === true ? { singleDelivery: true as const } : {}),
    ...(surgery ? { surgery } : {}),
  };
  return Object.keys(mentions).length > 0 ? mentions : undefined;
}

function surgeryOf(value: Partial<PlannedSurgery>): PlannedSurgery {
  const operation = day(value.operation, 'prescription.mentions.surgery.operation', 'date de l’intervention');
  const discharge = day(value.discharge, 'prescription.mentions.surgery.discharge', 'date de sortie prévue');
  if (discharge < operation) refuse('prescription.surgeryDates', 'prescription.mentions.surgery.discharge');
  return { operation, discharge };
}
