// The narcotic presentations of the public medicines catalogue, as the Produits tab
// offers them: a product is created from one in two actions. A medicine (CIS) is a
// narcotic when its prescribing conditions say so (« stupéfiant »), or when it contains a
// substance classed as one and its conditions do not put it on list I or II (an
// exonerated preparation). Each of its boxes (CIP13) is one presentation.
import type { PrescriptionLimits } from '../prescription/limits';
import { limitsFromConditions } from '../prescription/limits';
import type { ProductSubstance } from '../register/events-register';
import { boxContents } from './box-contents';
import { narcoticIn, searchKey } from './narcotic-substances';
import { amountPerUnit, substanceName } from './substance-of';

/** One box of a narcotic medicine, with what a product of the register needs from it. */
export interface CataloguePresentation {
  cip13: string;
  cis: string;
  /** The medicine's name up to its first comma: « SKENAN L.P. 30 mg ». */
  designation: string;
  /** The pharmaceutical form: « microgranules à libération prolongée en gélule ». */
  form: string;
  /** The narcotic's dosage as written: « 30 mg ». */
  strength: string;
  /** The box as the catalogue describes it: « plaquette(s) … de 14 gélule(s) ». */
  label: string;
  /** Read from the label; absent when it cannot be. */
  unit?: string;
  perBox?: number;
  /** The narcotic, its form and (when written per one unit) its amount per unit in µg. */
  substance?: Omit<ProductSubstance, 'perUnit'> & { perUnit?: number };
  /** The prescribing conditions as written (CIS_CPD_bdpm.txt). */
  conditions: string[];
  /** The limits those conditions set (art. R. 5132-30), when they set any. */
  limits?: PrescriptionLimits;
}

/** The records of the four files, as bdpm-records.ts reads them. */
export interface BdpmRecords {
  specialities: readonly string[][];
  presentations: readonly string[][];
  compositions: readonly string[][];
  conditions: readonly string[][];
}

function grouped(records: readonly string[][]): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const record of records) {
    const cis = record[0] ?? '';
    const group = groups.get(cis);
    if (group) group.push(record);
    else groups.set(cis, [record]);
  }
  return groups;
}

function isNarcotic(conditions: readonly string[], compositions: readonly string[][]): boolean {
  const keys = conditions.map(searchKey);
  if (keys.some((condition) => condition.includes('stupefiant'))) return true;
  if (keys.some((condition) => /\bliste (i|ii|1|2)\b/.test(condition))) return false;
  return compositions.some((composition) => narcoticIn(composition[3] ?? '') !== null);
}

/** The composition line of the narcotic: the active substance (SA) as printed on the box. */
function narcoticComposition(compositions: readonly string[][]): string[] | undefined {
  const narcotic = compositions.filter((composition) => narcoticIn(composition[3] ?? '') !== null);
  return narcotic.find((composition) => composition[6] === 'SA') ?? narcotic[0];
}

/** The catalogue's words for a unit of intake, without accents (a patch is a « dispositif »). */
const UNIT_WORDS: Readonly<Record<string, string>> = { patch: 'dispositif', mL: 'ml' };

/**
 * Whether the dosage's reference (« une gélule », « 1 ml de solution ») is one unit of the
 * box's unit: an amount per mL is no amount per ampoule, nor per single-dose container.
 */
function referenceIsUnit(reference: string, unit: string): boolean {
  const word = UNIT_WORDS[unit] ?? searchKey(unit);
  return new RegExp(`^(un|une|1)\\s+${word}`).test(searchKey(reference.trim()));
}

export function narcoticPresentations(records: BdpmRecords): CataloguePresentation[] {
  const compositions = grouped(records.compositions);
  const conditions = grouped(records.conditions);
  const presentations = grouped(records.presentations);
  const found: CataloguePresentation[] = [];
  for (const speciality of records.specialities) {
    const [cis = '', denomination = '', form = ''] = speciality;
    const written = (conditions.get(cis) ?? []).map((condition) => condition[1] ?? '').filter((condition) => condition !== '');
    const composition = compositions.get(cis) ?? [];
    if (!isNarcotic(written, composition)) continue;
    const narcotic = narcoticComposition(composition);
    const limits = limitsFromConditions(written);
    for (const presentation of presentations.get(cis) ?? []) {
      const label = presentation[2] ?? '';
      const cip13 = presentation[6] ?? '';
      const contents = boxContents(label);
      const perUnit = narcotic && contents && referenceIsUnit(narcotic[5] ?? '', contents.unit) ? amountPerUnit(narcotic[4] ?? '', narcotic[5] ?? '') : null;
      found.push({
        cip13,
        cis,
        designation: denomination.split(',')[0]?.trim() ?? denomination,
        form,
        strength: narcotic?.[4] ?? '',
        label,
        ...(contents ? { unit: contents.unit, perBox: contents.perBox } : {}),
        ...(narcotic ? { substance: { ...substanceName(narcotic[3] ?? ''), ...(perUnit === null ? {} : { perUnit }) } } : {}),
        conditions: written,
        ...(limits ? { limits } : {}),
      });
    }
  }
  return found.sort((a, b) => a.designation.localeCompare(b.designation, 'fr') || a.cip13.localeCompare(b.cip13));
}
