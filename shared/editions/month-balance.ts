// The monthly balance (R. 5132-36): for each product that had stock or moved, the stock
// carried in, the month's entries, its exits by kind, the closing stock and the part of
// it in quarantine. A closed month prints the figures its closure sealed; they are
// recomputed from the journal all the same, and any difference is reported.
import { monthBalances } from '../closure/month-balance';
import type { EstablishmentKind, MonthClosed, MovementType, ProductMonthBalance, RegisterEvent } from '../register/events';
import { buildLedger } from './ledger';
import { monthPeriod, type Period } from './period';

export interface MonthBalance {
  month: string;
  period: Period;
  rows: ProductMonthBalance[];
  /** The kinds of exit the table has a column for, in this order. */
  exitKinds: MovementType[];
  /** The closure event that sealed this month, if the month is closed. */
  sealedBy: (MonthClosed & { seq: number; hash: string; recordedAt: string }) | null;
  /** Products whose figures, recomputed from the journal, differ from the sealed ones. */
  disagreements: string[];
}

/** What leaves an establishment of each kind, in the order the columns print; destruction will join them. */
const EXIT_COLUMNS: Record<EstablishmentKind, MovementType[]> = {
  officine: ['dispensation', 'preparation.use', 'supplier.return', 'theft', 'correction'],
  veterinaire: ['vet.administration', 'vet.dispensing', 'supplier.return', 'theft', 'correction'],
};

/** The figures of a product's month, independent of the order its kinds were added in. */
function figures(row: ProductMonthBalance | undefined): string {
  if (!row) return '';
  const sorted = (byKind: ProductMonthBalance['entriesByKind']) =>
    Object.entries(byKind)
      .filter(([, quantity]) => quantity !== 0)
      .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([
    row.opening,
    row.openingQuarantine,
    row.entries,
    row.exits,
    row.closing,
    row.closingQuarantine,
    sorted(row.entriesByKind),
    sorted(row.exitsByKind),
  ]);
}

export function monthBalance(events: readonly RegisterEvent[], month: string, kind: EstablishmentKind): MonthBalance {
  const period = monthPeriod(month);
  const ledger = buildLedger(events, period);
  // The same computation as the closure's, so that an edition and a seal cannot disagree by construction.
  const computed = monthBalances(
    new Map(ledger.products.map((product) => [product.productId, product.opening])),
    ledger.lines.map((line) => line.event),
  );
  const closure = events.find((event): event is Extract<RegisterEvent, MonthClosed> => event.type === 'month.closed' && event.month === month) ?? null;
  const rows = closure ? closure.products : computed;
  const disagreements: string[] = [];
  if (closure) {
    const ids = new Set([...closure.products, ...computed].map((row) => row.productId));
    for (const productId of ids) {
      if (figures(closure.products.find((row) => row.productId === productId)) !== figures(computed.find((row) => row.productId === productId)))
        disagreements.push(productId);
    }
  }
  const exitKinds = [...EXIT_COLUMNS[kind]];
  // A kind of exit outside the usual columns still gets one rather than vanishing from the totals.
  for (const row of rows) for (const exitKind of Object.keys(row.exitsByKind) as MovementType[]) if (!exitKinds.includes(exitKind)) exitKinds.push(exitKind);
  return { month, period, rows, exitKinds, sealedBy: closure, disagreements };
}

const monthNames = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 2026-03 → "mars 2026". */
export function monthName(month: string): string {
  return monthNames.format(new Date(`${month}-01T00:00:00Z`));
}
