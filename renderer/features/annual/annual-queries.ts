// What the Déclaration annuelle tab reads: every event dated up to the end of the year
// (the balances carried in, the closures, the year's movements), the products as they
// stand now, every correction, and every edition (the PV files of the year), whatever
// their date; and the years the register covers.
import type { RegisterEvent } from '../../../shared/register/events';
import type { RegisterStore } from '../../db/register-store';

export async function yearEvents(store: RegisterStore, year: number): Promise<RegisterEvent[]> {
  const [dated, described] = await Promise.all([
    store.eventsDatedUpTo(`${year}-12-31`),
    store.eventsOfTypes(['product.defined', 'product.changed', 'correction', 'edition.produced']),
  ]);
  const bySeq = new Map<number, RegisterEvent>();
  for (const event of [...dated, ...described]) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** From the year the register opened to the current one, newest first. */
export function declarableYears(openedOn: string, today: string): number[] {
  const first = Number(openedOn.slice(0, 4));
  const last = Number(today.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => last - index);
}
