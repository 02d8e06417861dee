// The controlled substance of a medicine as the register declares it (ProductSubstance):
// the form held (base, or a salt) and its amount in one unit of intake, in micrograms,
// read from the catalogue's composition (CIS_COMPO_bdpm.txt: « SULFATE DE MORPHINE »,
// « 30 mg », « une gélule »). The annual declaration counts the form printed on the box.
import type { ProductSubstance } from '../register/events-register';
import { parseSubstanceAmount } from '../register/substance-amount';

const SALT =
  /^(chlorhydrate|sulfate|citrate|tartrate|bitartrate|phosphate|bromhydrate|mal[eé]ate|m[eé]silate|fumarate|ac[eé]tate|palmitate)\s+(?:de\s+|d['’]\s*)(.+)$/;
const HYDRATE = /\s+(?:anhydre|h[eé]mihydrat[eé]|monohydrat[eé]|dihydrat[eé]|trihydrat[eé]|pentahydrat[eé])e?s?$/;

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** « SULFATE DE MORPHINE PENTAHYDRATÉ » → sel, Morphine, sulfate; the water of crystallisation is not declared. */
export function substanceName(written: string): Pick<ProductSubstance, 'name' | 'form' | 'saltName'> {
  const name = written.normalize('NFC').toLowerCase().trim().replace(HYDRATE, '');
  const salt = SALT.exec(name);
  if (!salt) return { name: capitalised(name), form: 'base' };
  return { name: capitalised(salt[2] ?? ''), form: 'sel', saltName: salt[1] ?? '' };
}

/** Micrograms in one unit of intake: a dosage per one unit (« une gélule », « 1 ml »), else null. */
export function amountPerUnit(dosage: string, reference: string): number | null {
  const perOne = /^(un|une|1)\s/i.test(reference.trim());
  const amount = /^(\d+(?:[,.]\d+)?)\s*(mg|µg|microgrammes?|g)$/i.exec(dosage.trim());
  if (!perOne || !amount) return null;
  const [, value = '', unit = ''] = amount;
  const lower = unit.toLowerCase();
  if (lower === 'g') {
    const parsed = parseSubstanceAmount(value, 'mg');
    return parsed.ok ? parsed.value * 1000 : null;
  }
  const parsed = parseSubstanceAmount(value.replace('.', ','), lower === 'mg' ? 'mg' : 'µg');
  return parsed.ok ? parsed.value : null;
}
