// Which archived editions the Éditions tab shows: of one kind, covering one month, about
// one product. An edition covers a month when its period meets that month; one about no
// product in particular (all products, the integrity report) matches no product filter.
import { lastDayOf, monthOf } from '../../../shared/register/dates';
import type { RecordedEdition } from './edition-events';

export interface EditionFilter {
  /** An edition kind, or '' for every kind. */
  kind: string;
  /** YYYY-MM, or '' for every month. */
  month: string;
  /** A product's id, or '' for every edition. */
  productId: string;
}

export const EVERY_EDITION: EditionFilter = { kind: '', month: '', productId: '' };

export function editionMatches(edition: RecordedEdition, filter: EditionFilter): boolean {
  return (
    (filter.kind === '' || edition.edition === filter.kind) &&
    (filter.month === '' || (edition.from <= lastDayOf(filter.month) && edition.to >= `${filter.month}-01`)) &&
    (filter.productId === '' || edition.productId === filter.productId)
  );
}

/** The months the editions cover, newest first, for the month filter's choices. */
export function coveredMonths(editions: readonly RecordedEdition[]): string[] {
  const months = new Set<string>();
  for (const edition of editions) {
    // The integrity report covers the whole register: its day, not every month since the opening.
    if (edition.edition === 'integrity') {
      months.add(monthOf(edition.to));
      continue;
    }
    for (let month = monthOf(edition.from); month <= monthOf(edition.to); month = nextMonth(month)) months.add(month);
  }
  return [...months].sort().reverse();
}

function nextMonth(month: string): string {
  const [year = 0, number = 0] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}
