// How long a narcotic may be prescribed, and in fractions of how many days it is dispensed.
// R. 5132-30 du code de la santé publique: 28 days at most, or less for the products an
// arrêté names (7 or 14 days); fractionnement where an arrêté imposes it. Each product may
// record its own (ProductDefinition.prescriptionLimits); otherwise the general limit applies.
import type { ProductDefinition, ProductPrescriptionLimits } from '../register/events-register';

export type PrescriptionLimits = ProductPrescriptionLimits;

/** The longest any narcotic may be prescribed for (art. R. 5132-30). */
export const LEGAL_MAX_DAYS = 28;

/** The limit every narcotic has when nothing shorter is recorded for it (art. R. 5132-30). */
export const LEGAL_LIMITS: PrescriptionLimits = { maxDays: LEGAL_MAX_DAYS };

/** The limits the rules apply to a product: its own, or the general one. */
export function limitsOf(definition: Pick<ProductDefinition, 'prescriptionLimits'> | undefined): PrescriptionLimits {
  return definition?.prescriptionLimits ?? LEGAL_LIMITS;
}

const LIMITED = /prescription\s+limit[ée]e\s+[àa]\s+(\d{1,2})\s+jours/i;
const FRACTIONED = /d[ée]livrance\s+fractionn[ée]e\s+(?:par\s+p[ée]riodes?\s+)?de\s+(\d{1,2})\s+jours/i;

/**
 * The limits written in a medicine's prescribing conditions, as the public catalogue
 * (base de données publique des médicaments, file CIS_CPD_bdpm.txt) words them: « prescription
 * limitée à 28 jours », « délivrance fractionnée de 7 jours ». Null when none is written.
 */
export function limitsFromConditions(conditions: readonly string[]): PrescriptionLimits | null {
  let maxDays: number | undefined;
  let fractionDays: number | undefined;
  for (const condition of conditions) {
    const limited = LIMITED.exec(condition);
    if (limited) maxDays = Number(limited[1]);
    const fractioned = FRACTIONED.exec(condition);
    if (fractioned) fractionDays = Number(fractioned[1]);
  }
  if (maxDays === undefined && fractionDays === undefined) return null;
  return { maxDays: Math.min(maxDays ?? LEGAL_MAX_DAYS, LEGAL_MAX_DAYS), ...(fractionDays === undefined ? {} : { fractionDays }) };
}
