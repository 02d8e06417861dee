// A patient's narcotics on a timeline: each earlier dispensation on a prescription and the
// days it covered (the whole period, or the fraction it filled), placed in a window of
// days, so that a gap or an overlap shows at a glance (art. R. 5132-33).
import { daysBetween } from '../register/dates';
import type { PatientDispensation } from './history';
import { coveredSegment, lengthOf, type Period } from './period';

export interface TimelineBar {
  dispensation: PatientDispensation;
  /** The days the dispensation covered. */
  covered: Period;
  /** Where the bar starts and how long it is, in days from the window's first day, clipped to the window. */
  offset: number;
  length: number;
}

/** The bars of the dispensations whose covered days meet the window, earliest first. */
export function coverageTimeline(history: readonly PatientDispensation[], window: Period): TimelineBar[] {
  const windowDays = lengthOf(window);
  return history
    .map((dispensation) => ({ dispensation, covered: coveredSegment(dispensation.prescription) }))
    .filter(({ covered }) => covered.to >= window.from && covered.from <= window.to)
    .map(({ dispensation, covered }) => {
      const start = Math.max(0, daysBetween(window.from, covered.from));
      const end = Math.min(windowDays - 1, daysBetween(window.from, covered.to));
      return { dispensation, covered, offset: start, length: end - start + 1 };
    })
    .sort((a, b) => (a.covered.from === b.covered.from ? a.dispensation.seq - b.dispensation.seq : a.covered.from < b.covered.from ? -1 : 1));
}
