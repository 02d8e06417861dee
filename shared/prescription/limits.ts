// How long a narcotic may be prescribed, and in fractions of how many days it is dispensed.
// R. 5132-30 du code de la santé publique: 28 days at most, or less for the products an
// arrêté names (7 or 14 days); fractionnement where an arrêté imposes it.
export interface PrescriptionLimits {
  /** Longest duration the product may be prescribed for, in days. */
  maxDays: number;
  /** When the product is dispensed in fractions: the longest fraction, in days. */
  fractionDays?: number;
}

/** The limit every narcotic has when nothing shorter is recorded for it (art. R. 5132-30). */
export const LEGAL_LIMITS: PrescriptionLimits = { maxDays: 28 };
