// When a prescription is presented decides how much of it may be filled (art. R. 5132-33
// du code de la santé publique):
// - in full (or its first fraction in full) only if presented within the three days that
//   follow its date; the day it was written is day 0 and is not counted: dated 1 February,
//   it is filled in full until 4 February;
// - later, only for what is left of the period: on 5 February, the 4 days from 1 to 4
//   February are removed;
// - a later fraction in full only within the three days that follow the end of the previous
//   fraction; later, only for what is left of that fraction;
// - prescribed for a planned surgery: in full from the third day before the operation to the
//   third day after the expected discharge. That window is added to the general one; outside
//   both, the general rule applies.
import { addDays, daysBetween } from '../register/dates';
import type { PrescriptionRecord } from '../register/events-movements';
import { coveredSegment, lengthOf, type Period } from './period';

/** The days after the reference day during which the dispensation is full. */
export const PRESENTATION_DAYS = 3;

export type PresentationBasis = 'prescription' | 'fraction' | 'surgery';

export interface Presentation {
  /** What the dispensation covers when full: the period, or the fraction named. */
  segment: Period;
  /** What the full window is counted from. */
  basis: PresentationBasis;
  /** Last day on which the segment is filled in full by the general rule. */
  deadline: string;
  /** For a planned surgery: the days on which it is filled in full besides the general window. */
  surgeryWindow?: Period;
  /** Whether presented after every full window: then only the rest of the segment may be filled. */
  late: boolean;
  /** Days of the segment already gone when presented late (0 otherwise). */
  removedDays: number;
  /** Days of the segment that may be filled. */
  coveredDays: number;
}

/** The surgery window: from the 3rd day before the operation to the 3rd day after the expected discharge. */
export function surgeryWindow(operation: string, discharge: string): Period {
  return { from: addDays(operation, -PRESENTATION_DAYS), to: addDays(discharge, PRESENTATION_DAYS) };
}

export function presentation(prescription: Pick<PrescriptionRecord, 'date' | 'days' | 'fraction' | 'mentions'>, presentedOn: string): Presentation {
  const segment = coveredSegment(prescription);
  const number = prescription.fraction?.number ?? 1;
  const first = number === 1;
  // The first fraction counts from the prescription date; a later one from the end of the previous one.
  const reference = first ? prescription.date : addDays(segment.from, -1);
  const deadline = addDays(reference, PRESENTATION_DAYS);
  const surgery =
    first && prescription.mentions?.surgery ? surgeryWindow(prescription.mentions.surgery.operation, prescription.mentions.surgery.discharge) : undefined;
  const inSurgeryWindow = surgery !== undefined && presentedOn >= surgery.from && presentedOn <= surgery.to;
  const late = presentedOn > deadline && !inSurgeryWindow;
  const length = lengthOf(segment);
  const removedDays = late ? Math.min(length, daysBetween(segment.from, presentedOn)) : 0;
  return {
    segment,
    basis: inSurgeryWindow ? 'surgery' : first ? 'prescription' : 'fraction',
    deadline,
    ...(surgery ? { surgeryWindow: surgery } : {}),
    late,
    removedDays,
    coveredDays: length - removedDays,
  };
}
