// The monthly balance (R. 5132-36): for each product that had stock or moved, the stock
// carried in, the month's entries, its exits by kind, the closing stock and the part of
// it in quarantine. The same figures the monthly closure seals.
import type { EstablishmentKind, MovementType, RegisterEvent } from '../register/events';
import type { Milli } from '../register/quantity';
import { buildLedger, type QuantitiesByKind } from './ledger';
import { monthPeriod, type Period } from './period';

export interface MonthBalanceRow {
  productId: string;
  opening: Milli;
  openingQuarantine: Milli;
  entries: Milli;
  entriesByKind: QuantitiesByKind;
  exits: Milli;
  exitsByKind: QuantitiesByKind;
  closing: Milli;
  closingQuarantine: Milli;
}

export interface MonthBalance {
  month: string;
  period: Period;
  rows: MonthBalanceRow[];
  /** The kinds of exit the table has a column for, in this order. */
  exitKinds: MovementType[];
}

/** What leaves an establishment of each kind, in the order the columns print; destruction will join them. */
const EXIT_COLUMNS: Record<EstablishmentKind, MovementType[]> = {
  officine: ['dispensation', 'preparation.use', 'supplier.return', 'theft', 'correction'],
  veterinaire: ['vet.administration', 'vet.dispensing', 'supplier.return', 'theft', 'correction'],
};

export function monthBalance(events: readonly RegisterEvent[], month: string, kind: EstablishmentKind): MonthBalance {
  const period = monthPeriod(month);
  const ledger = buildLedger(events, period);
  const rows = ledger.products.map((product) => ({
    productId: product.productId,
    opening: product.opening.total,
    openingQuarantine: product.opening.quarantine,
    entries: product.entries,
    entriesByKind: product.entriesByKind,
    exits: product.exits,
    exitsByKind: product.exitsByKind,
    closing: product.closing.total,
    closingQuarantine: product.closing.quarantine,
  }));
  const exitKinds = [...EXIT_COLUMNS[kind]];
  // A kind of exit outside the usual columns still gets one rather than vanishing from the totals.
  for (const row of rows) for (const exitKind of Object.keys(row.exitsByKind) as MovementType[]) if (!exitKinds.includes(exitKind)) exitKinds.push(exitKind);
  return { month, period, rows, exitKinds };
}

const monthNames = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 2026-03 → "mars 2026". */
export function monthName(month: string): string {
  return monthNames.format(new Date(`${month}-01T00:00:00Z`));
}
