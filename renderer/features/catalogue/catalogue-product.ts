// A product of the register as the catalogue describes it, in the product form's values:
// the same path as a product typed by hand (product-drafts.ts), so the register checks it
// the same way, and the pharmacist sees and may correct every field before adding it.
import type { CataloguePresentation } from '../../../shared/catalogue/narcotic-catalogue';
import { searchKey } from '../../../shared/catalogue/narcotic-substances';
import { substanceAmountFields } from '../../../shared/register/substance-amount';
import { EMPTY_PRODUCT, type ProductFormValues } from '../products/product-drafts';

export function catalogueProductValues(presentation: CataloguePresentation): ProductFormValues {
  const { substance, limits } = presentation;
  const amount = substance?.perUnit === undefined ? null : substanceAmountFields(substance.perUnit);
  return {
    ...EMPTY_PRODUCT,
    designation: presentation.designation,
    form: presentation.form,
    strength: presentation.strength,
    unit: presentation.unit ?? '',
    perBox: presentation.perBox === undefined ? '' : String(presentation.perBox),
    cip13: presentation.cip13,
    ...(substance
      ? {
          'substance.name': substance.name,
          'substance.form': substance.form,
          'substance.saltName': substance.saltName ?? '',
          'substance.perUnit': amount?.amount ?? '',
          'substance.unit': amount?.unit ?? 'mg',
        }
      : {}),
    // The limits the prescribing conditions set (art. R. 5132-30); none written, the general 28 days.
    'prescriptionLimits.maxDays': limits ? String(limits.maxDays) : '',
    'prescriptionLimits.fractionDays': limits?.fractionDays === undefined ? '' : String(limits.fractionDays),
  };
}

/** The presentations whose designation, CIP13, form or substance hold every word typed, accents and case aside. */
export function searchCatalogue<T extends CataloguePresentation>(presentations: readonly T[], typed: string): T[] {
  const words = searchKey(typed).split(/\s+/).filter(Boolean);
  const matching = presentations.filter((presentation) => {
    const text = searchKey([presentation.designation, presentation.cip13, presentation.form, presentation.substance?.name ?? '', presentation.label].join(' '));
    return words.every((word) => text.includes(word));
  });
  return matching.sort((a, b) => a.designation.localeCompare(b.designation, 'fr') || a.cip13.localeCompare(b.cip13));
}
