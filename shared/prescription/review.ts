// The prescription rules applied to one dispensation, against the patient's earlier ones
// (art. R. 5132-30 and R. 5132-33 du code de la santé publique). Pure: the app's form shows
// the result before validation, the register's rules (validate-movements.ts) refuse what
// the law forbids and ask a reason for what it leaves to the pharmacist's judgement.
//
// - Forbidden outright, refused: a prescription dated after the day it is filled, and
//   dispensing more than the prescription covers on that day (the rest of the period when
//   presented late, less what was already dispensed on it).
// - Left to the pharmacist, warned: a new prescription of the same prescriber for the same
//   substance during a period already covered (chevauchement) without the express mention,
//   a duration above the product's limit, fractions longer than the product's, a product
//   dispensed in fractions whose prescription says neither the fractions nor « délivrance en
//   une seule fois ».
import { appError, type AppError } from '../errors';
import { frenchTypography } from '../french';
import { countOf, pluralForm } from '../format/plural';
import { formatDay } from '../register/dates';
import type { Counterparty } from '../register/events-register';
import type { PrescriptionRecord } from '../register/events-movements';
import { formatQuantity, MILLI_PER_UNIT, toMilli, type Milli } from '../register/quantity';
import { historySince, samePrescriber, type PatientDispensation } from './history';
import { LEGAL_LIMITS, type PrescriptionLimits } from './limits';
import { overlaps, prescriptionPeriod } from './period';
import { presentation, PRESENTATION_DAYS, type Presentation } from './presentation';
import { warningSentence, type PrescriptionWarning } from './warnings';

const R_5132_33 = 'art. R. 5132-33 du code de la santé publique';

/** The dispensation being entered, with its validated prescription. */
export interface DispensationUnderReview {
  productId: string;
  /** Who the product's substance is, for the overlap rule: the same substance in another strength counts. */
  substance: string;
  quantity: Milli;
  operationDate: string;
  prescriber: Counterparty;
  prescription: PrescriptionRecord;
}

/** An earlier dispensation of the same patient, with its product's substance. */
export interface EarlierDispensation extends PatientDispensation {
  substance: string;
}

export interface PrescriptionReview {
  presentation: Presentation;
  /** Already dispensed of this product on this prescription, and on the fraction named. */
  dispensedOnPrescription: Milli;
  dispensedOnSegment: Milli;
  /** The most that may be dispensed today. */
  allowed: Milli;
  /** How `allowed` was reached, in French, one sentence each. */
  computation: string[];
  warnings: PrescriptionWarning[];
  /** What the law forbids outright, when the dispensation does it. */
  refusal?: AppError;
}

export function reviewPrescription(
  draft: DispensationUnderReview,
  history: readonly EarlierDispensation[],
  limits: PrescriptionLimits = LEGAL_LIMITS,
): PrescriptionReview {
  const { prescription } = draft;
  const since = historySince(prescription.date);
  const earlier = history.filter((entry) => entry.prescription.date >= since);
  const sameLine = earlier.filter(
    (entry) => entry.productId === draft.productId && entry.prescription.date === prescription.date && samePrescriber(entry, draft),
  );
  const sameSegment = sameLine.filter((entry) => (entry.prescription.fraction?.number ?? 1) === (prescription.fraction?.number ?? 1));
  const dispensedOnPrescription = sum(sameLine.map((entry) => entry.quantity));
  const dispensedOnSegment = sum(sameSegment.map((entry) => entry.quantity));

  const shown = presentation(prescription, draft.operationDate);
  const segmentShare = shareOf(prescription.quantity, shown.coveredDays, prescription.days);
  const allowed = toMilli(Math.max(0, Math.min(segmentShare - dispensedOnSegment, prescription.quantity - dispensedOnPrescription)));
  const computation = explain(prescription, draft.operationDate, shown, segmentShare, dispensedOnPrescription, allowed);

  const warnings = [...overlapWarnings(draft, earlier), ...limitWarnings(prescription, limits)];
  const refusal =
    prescription.date > draft.operationDate
      ? appError('prescription.inFuture', 'prescription.date', { day: prescription.date })
      : draft.quantity > allowed
        ? appError('prescription.exceedsCover', 'quantity', {
            allowed: formatQuantity(allowed),
            requested: formatQuantity(draft.quantity),
          })
        : undefined;
  return { presentation: shown, dispensedOnPrescription, dispensedOnSegment, allowed, computation, warnings, ...(refusal ? { refusal } : {}) };
}

/**
 * The quantity for `days` of a `totalDays` prescription, rounded up to the whole unit: the
 * exact number of units is dispensed, and a share that falls between two units is not
 * the pharmacist's fault. Never more than the prescription.
 */
export function shareOf(quantity: Milli, days: number, totalDays: number): Milli {
  const exact = (quantity * days) / totalDays;
  const roundedUp = Math.ceil(exact / MILLI_PER_UNIT) * MILLI_PER_UNIT;
  return toMilli(Math.min(quantity, roundedUp));
}

function sum(quantities: readonly Milli[]): Milli {
  return toMilli(quantities.reduce<number>((total, quantity) => total + quantity, 0));
}

function explain(prescription: PrescriptionRecord, presentedOn: string, shown: Presentation, segmentShare: Milli, dispensed: Milli, allowed: Milli): string[] {
  const { fraction } = prescription;
  const what = fraction
    ? `Fraction ${fraction.number} sur ${fraction.count} (du ${formatDay(shown.segment.from)} au ${formatDay(shown.segment.to)}) de l’ordonnance du ${formatDay(prescription.date)}`
    : `Ordonnance du ${formatDay(prescription.date)} (${prescription.days} jours, jusqu’au ${formatDay(prescriptionPeriod(prescription).to)})`;
  const from = shown.basis === 'fraction' || (fraction && fraction.number > 1) ? 'la fin de la fraction précédente' : 'sa date';
  const timing =
    shown.basis === 'surgery' && shown.surgeryWindow
      ? `${what} présentée le ${formatDay(presentedOn)}, dans la fenêtre de la chirurgie programmée (du ${formatDay(shown.surgeryWindow.from)} au ${formatDay(shown.surgeryWindow.to)}) : délivrance complète possible (${R_5132_33}).`
      : shown.late
        ? `${what} présentée le ${formatDay(presentedOn)}, au-delà des ${PRESENTATION_DAYS} jours suivant ${from} (jusqu’au ${formatDay(shown.deadline)}) : ${countOf(shown.removedDays, 'jour de traitement retiré', 'jours de traitement retirés')}, ${countOf(shown.coveredDays, 'jour', 'jours')} sur ${shown.coveredDays + shown.removedDays} ${pluralForm(shown.coveredDays, 'reste', 'restent')} à délivrer (${R_5132_33}).`
        : `${what} présentée le ${formatDay(presentedOn)}, dans les ${PRESENTATION_DAYS} jours suivant ${from} (jusqu’au ${formatDay(shown.deadline)}) : délivrance complète possible (${R_5132_33}).`;
  const quantities = `Prescrit : ${formatQuantity(prescription.quantity)} pour ${prescription.days} jours, soit ${formatQuantity(segmentShare)} pour ${fraction ? 'cette fraction' : 'cette délivrance'}${dispensed > 0 ? ` ; déjà délivré sur cette ordonnance : ${formatQuantity(dispensed)}` : ''} ; au plus ${formatQuantity(allowed)} aujourd’hui.`;
  return [timing, quantities].map(frenchTypography);
}

/** Chevauchement (art. R. 5132-33): the same prescriber, the same substance, a period already covered. */
function overlapWarnings(draft: DispensationUnderReview, earlier: readonly EarlierDispensation[]): PrescriptionWarning[] {
  if (draft.prescription.mentions?.overlapAllowed) return [];
  const period = prescriptionPeriod(draft.prescription);
  const clash = earlier
    .filter((entry) => entry.substance === draft.substance && entry.prescription.date !== draft.prescription.date && samePrescriber(entry, draft))
    .filter((entry) => overlaps(prescriptionPeriod(entry.prescription), period))
    .sort((a, b) => b.seq - a.seq)[0];
  if (!clash) return [];
  const covered = prescriptionPeriod(clash.prescription);
  return [
    warningSentence('overlap', {
      date: clash.prescription.date,
      from: covered.from,
      to: covered.to,
      seq: clash.seq,
    }),
  ];
}

function limitWarnings(prescription: PrescriptionRecord, limits: PrescriptionLimits): PrescriptionWarning[] {
  const warnings: PrescriptionWarning[] = [];
  if (prescription.days > limits.maxDays) warnings.push(warningSentence('durationAboveLimit', { days: prescription.days, limit: limits.maxDays }));
  const { fractionDays } = limits;
  if (fractionDays !== undefined) {
    const { fraction } = prescription;
    if (fraction && fraction.days > fractionDays) warnings.push(warningSentence('fractionAboveLimit', { days: fraction.days, limit: fractionDays }));
    if (!fraction && !prescription.mentions?.singleDelivery && prescription.days > fractionDays) {
      warnings.push(warningSentence('notFractioned', { days: prescription.days, limit: fractionDays }));
    }
  }
  return warnings;
}
