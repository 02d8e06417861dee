// Art. R. 5132-35 du code de la santé publique: the pharmacist keeps a copy of each
// narcotic prescription for three years. The register tells, at each dispensation, until
// which day the copy filed with that dispensation's ordonnancier number must be kept.
import { lastDayOf } from '../register/dates';

/** Three years after the dispensation day; a 29 February gives the 28th of the month three years on. */
export function copyKeptUntil(dispensationDay: string): string {
  const [year, month, day] = dispensationDay.split('-');
  const target = `${Number(year) + 3}-${month}`;
  const sameDay = `${target}-${day}`;
  const last = lastDayOf(target);
  return sameDay > last ? last : sameDay;
}
