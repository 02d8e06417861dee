// What the register holds that an edition needs, read through the store without folding the
// whole journal when a product's own events suffice.
import type { EditionProduced, RegisterEvent } from '../../../shared/register/events';
import type { MonthClosedEvent, RegisterStore } from '../../db/register-store';
import { carryingMonth } from '../../../shared/editions/carried';
import { LIFECYCLE_EVENT_TYPES } from '../../../shared/editions/lifecycle-steps';
import type { Period } from '../../../shared/editions/period';
import { specPeriod, type EditionSpec } from './edition-spec';

export type RecordedEdition = Extract<RegisterEvent, EditionProduced>;

/**
 * The events an edition is built from. A product's register needs that product's events
 * (its definition, changes, movements and corrections carry its id) and the inventories,
 * destruction dossiers and thefts its closing table names. The other
 * period editions need every operation up to the end of the period (the balances carried
 * in), the products' definitions as they stand now, and every correction, even a later
 * one (a corrected line says so on every edition).
 * A product's register and the monthly balance of a period that starts a month whose
 * previous month is closed read only the period's operations: the closure carries the
 * balances in (shared/editions/carried.ts), so a month's edition costs the same at the
 * register's first month as at its hundredth.
 */
export async function eventsForEdition(store: RegisterStore, spec: EditionSpec): Promise<RegisterEvent[]> {
  // Both carry what they print (the check, the filling report): no events needed.
  if (spec.kind === 'integrity' || spec.kind === 'annual-jare-fill-report') return [];
  if (spec.kind === 'product-register') return productRegisterEvents(store, spec.productId, spec.period);
  if (spec.kind === 'inventory') return inventoryEvents(store, spec.inventory);
  if (spec.kind === 'destruction-notice' || spec.kind === 'destruction-pv') return dossierEvents(store, spec.dossier);
  if (spec.kind === 'transfer-inventory') return cutOffEvents(store, spec.inventory);
  if (spec.kind === 'transmittal') return transmittalEvents(store);
  const period = specPeriod(spec);
  if (spec.kind === 'month-balance') {
    const carrying = await carryingClosure(store, period);
    if (carrying) return periodFromClosure(store, carrying, period);
  }
  const [dated, described] = await Promise.all([store.eventsDatedUpTo(period.to), store.eventsOfTypes(['product.defined', 'product.changed', 'correction'])]);
  return inRegisterOrder(dated, described);
}

/** The closure of the month just before the period, when the period starts a month and that month is closed. */
async function carryingClosure(store: RegisterStore, period: Period): Promise<MonthClosedEvent | undefined> {
  const month = carryingMonth(period);
  if (month === null) return undefined;
  return (await store.closures()).find((closure) => closure.month === month);
}

/**
 * The period's operations (of one product when named), the closure that carries the
 * balances in, the products' definitions, the corrections (a later one marks a line of
 * the period) and the earlier movements the period's corrections reverse (named on their line).
 */
async function periodFromClosure(store: RegisterStore, carrying: MonthClosedEvent, period: Period, productId?: string): Promise<RegisterEvent[]> {
  const [dated, described] = await Promise.all([
    store.eventsDatedWithin(period.from, period.to, productId),
    store.eventsOfTypes(productId === undefined ? ['product.defined', 'product.changed', 'correction'] : [...LIFECYCLE_EVENT_TYPES, 'correction']),
  ]);
  const kept = productId === undefined ? described : described.filter((event) => event.type !== 'correction' || event.productId === productId);
  const reversed = await store.eventsAt(dated.flatMap((event) => (event.type === 'correction' ? [event.corrects] : [])));
  return inRegisterOrder([carrying], dated, kept, reversed);
}

async function productRegisterEvents(store: RegisterStore, productId: string, period: Period): Promise<RegisterEvent[]> {
  const carrying = await carryingClosure(store, period);
  if (carrying) return periodFromClosure(store, carrying, period, productId);
  const [own, steps] = await Promise.all([store.productEvents(productId), store.eventsOfTypes(LIFECYCLE_EVENT_TYPES)]);
  return inRegisterOrder(own, steps);
}

/** Several reads of the register joined, each event once, in register order. */
function inRegisterOrder(...reads: RegisterEvent[][]): RegisterEvent[] {
  const bySeq = new Map<number, RegisterEvent>();
  for (const event of reads.flat()) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** An inventory, its adjustments and the products' definitions as they stand now. */
async function inventoryEvents(store: RegisterStore, seq: number): Promise<RegisterEvent[]> {
  const [inventory, related] = await Promise.all([store.eventAt(seq), store.eventsOfTypes(['product.defined', 'product.changed', 'inventory.adjustment'])]);
  const adjustments = related.filter((event) => event.type !== 'inventory.adjustment' || event.inventory === seq);
  return [...(inventory ? [inventory] : []), ...adjustments].sort((a, b) => a.seq - b.seq);
}

/** A destruction dossier's events, the opening and changes of holder (who signs) and the products' definitions as they stand now. */
async function dossierEvents(store: RegisterStore, dossier: string): Promise<RegisterEvent[]> {
  const related = await store.eventsOfTypes([
    'register.opened',
    'holder.changed',
    'product.defined',
    'product.changed',
    'destruction.planned',
    'destruction.certified',
    'destruction',
    'destruction.copySent',
  ]);
  return related.filter((event) => !('dossier' in event) || event.dossier === dossier).sort((a, b) => a.seq - b.seq);
}

/** The register up to a cession's cut-off: everything to its inventory's last écart (the lots need every movement). */
async function cutOffEvents(store: RegisterStore, seq: number): Promise<RegisterEvent[]> {
  const adjustments = await store.eventsOfTypes(['inventory.adjustment']);
  const cutOff = adjustments.reduce(
    (last, event) => (event.type === 'inventory.adjustment' && event.inventory === seq ? Math.max(last, event.seq) : last),
    seq,
  );
  return store.eventsThrough(cutOff);
}

/** What the transmittal slip lists: the register's identity and closure, its inventories, PVs and every edition. */
async function transmittalEvents(store: RegisterStore): Promise<RegisterEvent[]> {
  // eventsOfTypes gives them in register order.
  return store.eventsOfTypes([
    'register.opened',
    'establishment.changed',
    'holder.changed',
    'register.closed',
    'inventory.taken',
    'destruction.certified',
    'edition.produced',
  ]);
}

/** Every edition ever produced, in register order. */
export async function listEditions(store: RegisterStore): Promise<RecordedEdition[]> {
  const events = await store.eventsOfTypes(['edition.produced']);
  return events.filter((event): event is RecordedEdition => event.type === 'edition.produced');
}
