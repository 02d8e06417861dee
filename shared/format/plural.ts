// French plurals for counts shown to the user, on screen and on paper. The rule is
// the language's (Intl.PluralRules 'fr-FR': 0, 1 and 1,5 take the singular), never
// "(s)" forms, which read as a form to fill rather than a sentence.
import { formatInteger } from '../french';

const rules = new Intl.PluralRules('fr-FR');

/** The singular or the plural form that French uses after this number. */
export function pluralForm(count: number, singular: string, plural: string): string {
  // fr-FR answers 'one', 'many' (1 000 000, "un million de…") or 'other': only 'one' is singular.
  return rules.select(count) === 'one' ? singular : plural;
}

/** "1 mouvement", "0 mouvement", "3 026 mouvements": the count with its digits grouped, and the agreeing words. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${formatInteger(count)} ${pluralForm(count, singular, plural)}`;
}
