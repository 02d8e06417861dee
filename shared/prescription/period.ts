// The days a prescription covers, and the part of them one fraction covers. Days are
// calendar days (YYYY-MM-DD), both ends included: a 28-day prescription dated 1 February
// of a common year covers 1 to 28 February.
import { addDays, daysBetween } from '../register/dates';
import type { PrescriptionRecord } from '../register/events-movements';

export interface Period {
  from: string;
  to: string;
}

/** The treatment's whole period: from the prescription date, for the prescribed duration (art. R. 5132-30). */
export function prescriptionPeriod(prescription: Pick<PrescriptionRecord, 'date' | 'days'>): Period {
  return { from: prescription.date, to: addDays(prescription.date, prescription.days - 1) };
}

/**
 * What one dispensation covers in full: the whole period, or the fraction it names. The
 * fractions follow each other from the prescription date, each as long as the prescriber
 * stated (art. R. 5132-30); the last one stops with the period.
 */
export function coveredSegment(prescription: Pick<PrescriptionRecord, 'date' | 'days' | 'fraction'>): Period {
  const whole = prescriptionPeriod(prescription);
  const { fraction } = prescription;
  if (!fraction) return whole;
  const from = addDays(prescription.date, (fraction.number - 1) * fraction.days);
  const to = addDays(from, fraction.days - 1);
  return { from, to: to < whole.to ? to : whole.to };
}

/** Number of days of a period, both ends counted. */
export function lengthOf(period: Period): number {
  return daysBetween(period.from, period.to) + 1;
}

/** Whether two periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to;
}
