// The table of inventories, destructions and thefts that closes the register editions,
// so that each step of the stock's life is printed with its references (R. 5132-36).
import { formatDay } from '../../register/dates';
import type { RegisterEvent } from '../../register/events';
import { lifecycleSteps } from '../lifecycle-steps';
import type { Period } from '../period';
import type { EditionDocument } from './document';

export const LIFECYCLE_HEADING = 'Inventaires, destructions et vols de la période';

/** Prints the period's steps (only `onlyProduct`'s when given), or says there were none. */
export function printLifecycleSteps(edition: EditionDocument, events: readonly RegisterEvent[], period: Period, onlyProduct?: string): void {
  const steps = lifecycleSteps(events, period, onlyProduct);
  edition.heading(LIFECYCLE_HEADING);
  // Order number, date and step are narrow; the products take a third of the page, the references the rest.
  const total = edition.contentWidth;
  const products = 0.35 * total;
  const columnWidths = [14, 17, 45, products, total - 14 - 17 - 45 - products];
  edition.table({
    columnWidths,
    head: [['N° d’ordre', 'Date', 'Étape', 'Produits et quantités', 'Personnes et références']],
    body:
      steps.length === 0
        ? [[{ content: 'Aucun inventaire, aucune destruction ni aucun vol sur la période.', colSpan: 5, styles: { halign: 'center' } }]]
        : steps.map((step) => [String(step.seq), formatDay(step.operationDate), step.step, step.products.join('\n'), step.references]),
  });
}
