// One calendar year of the register, as the annual declaration (JARE) counts it: per
// product (sheet P, in units of intake) and per substance (sheet S, in mass), the stock
// on 1 January, entries and exits by JARE column, the stock on 31 December, and every
// difference that no column holds (inventory variances, corrections, patient returns…)
// listed with its explanation. Pure: events in, figures out.
//
// Each month's figures are those its closure sealed (`month.closed`) when it is closed;
// a month still open is folded from its movements with the closure's own function. The
// itemised differences always come from the events themselves, so the identity
//   stock 31/12 − (stock 1/1 + entries − exits) = Σ explained differences
// checks the sealed closures against the journal: any remainder is "unexplained".
import { monthBalances } from '../closure/month-balance';
import { closingBalances } from '../editions/carried';
import { lastDayOf } from '../register/dates';
import { movementNature } from '../register/labels';
import {
  isMovement,
  type EstablishmentKind,
  type MonthClosed,
  type MovementEvent,
  type MovementType,
  type ProductDefinition,
  type ProductMonthBalance,
  type RegisterEvent,
} from '../register/events';
import { toMilli, type Milli } from '../register/quantity';
import { movementEffect, type StockBalance } from '../stock/movements';
import { JARE_ENTRY_KINDS, JARE_EXIT_KINDS, jareCategory, movementCategory, type JareCategory, type JareEntryKind, type JareExitKind } from './categories';
import { substanceNanograms, type JareUnit } from './units';

/** A movement the JARE columns do not hold, and why the stock moved. */
export interface ExplainedDifference {
  seq: number;
  operationDate: string;
  productId: string;
  type: MovementType;
  /** Signed: positive when the stock grew (thousandths of the product's unit). */
  quantity: Milli;
  /** "Écart d’inventaire (inventaire n° 41) : casse constatée"… */
  explanation: string;
}

/** A year's flows in one measure (thousandths of a unit, or nanograms of substance). */
export interface Flows<T> {
  opening: T;
  entries: Record<JareEntryKind, T>;
  exits: Record<JareExitKind, T>;
  closing: T;
  /** Net of the differences listed (signed). */
  explained: T;
  /** closing − (opening + entries − exits) − explained: zero when everything is accounted for. */
  unexplained: T;
}

export interface ProductYear {
  productId: string;
  definition: ProductDefinition;
  flows: Flows<Milli>;
  differences: ExplainedDifference[];
}

export interface SubstanceYear {
  /** "Morphine (sulfate)": the row of sheet S, the form actually held. */
  key: string;
  name: string;
  form: 'base' | 'sel';
  saltName?: string;
  unit: JareUnit;
  /** The products counted in it. */
  productIds: string[];
  flows: Flows<bigint>;
}

export interface AnnualStatement {
  year: number;
  products: ProductYear[];
  substances: SubstanceYear[];
  /** Products that moved or held stock in the year but declare no substance: absent from sheet S. */
  withoutSubstance: string[];
  /** Months of the year whose sealed closure gave the figures; the others were folded from the journal. */
  closedMonths: string[];
  differences: ExplainedDifference[];
}

export interface AnnualOptions {
  /** The unit of each substance's row (ANSM sets it, e.g. mg for fentanyl, g for codeine); mg when not given. */
  unitOf?: (substanceKey: string) => JareUnit | undefined;
}

export const DEFAULT_JARE_UNIT: JareUnit = 'mg';

export function substanceKey(substance: NonNullable<ProductDefinition['substance']>): string {
  return substance.form === 'sel' ? `${substance.name} (${substance.saltName ?? 'sel'})` : `${substance.name} (base)`;
}

const months = (year: number): string[] => Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);

export function annualStatement(events: readonly RegisterEvent[], year: number, options: AnnualOptions = {}): AnnualStatement {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const definitions = new Map<string, ProductDefinition>();
  const closures = new Map<string, MonthClosed>();
  const movements: MovementEvent[] = [];
  // The kind is set once, at the opening: it chooses the words of the explanations.
  let kind: EstablishmentKind = 'officine';
  for (const event of events) {
    if (event.type === 'register.opened') kind = event.establishment.kind;
    if (event.type === 'product.defined' || event.type === 'product.changed') definitions.set(event.productId, event.product);
    else if (event.type === 'month.closed') closures.set(event.month, event);
    else if (isMovement(event)) movements.push(event);
  }

  // Stock on 1 January: the last closure before the year (December's, normally), moved by
  // the movements dated after its month and before the year; every movement dated before
  // the year when no earlier month is closed. A reader of the journal may thus forget the
  // movements dated in or before that closed month (editions/period-events.ts).
  let carried = new Map<string, StockBalance>();
  const lastClosed = [...closures.keys()]
    .filter((month) => month < `${year}-01`)
    .sort()
    .at(-1);
  const closedBefore = lastClosed === undefined ? undefined : closures.get(lastClosed);
  if (closedBefore) carried = closingBalances(closedBefore);
  const since = lastClosed === undefined ? '' : lastDayOf(lastClosed);
  const notCarried = movements.filter((event) => event.operationDate > since && event.operationDate < first);
  if (!closedBefore || notCarried.length > 0) {
    for (const line of monthBalances(carried, notCarried)) carried.set(line.productId, { total: line.closing, quarantine: line.closingQuarantine });
  }

  const totals = new Map<string, { opening: Milli; entries: Map<MovementType, number>; exits: Map<MovementType, number>; closing: Milli }>();
  for (const [productId, balance] of carried) totals.set(productId, { opening: balance.total, entries: new Map(), exits: new Map(), closing: balance.total });

  const closedMonths: string[] = [];
  for (const month of months(year)) {
    const closure = closures.get(month);
    let lines: ProductMonthBalance[];
    if (closure) {
      closedMonths.push(month);
      lines = closure.products;
    } else {
      lines = monthBalances(
        carried,
        movements.filter((event) => event.operationDate.startsWith(`${month}-`)),
      );
    }
    const next = new Map(carried);
    for (const line of lines) {
      const total = totals.get(line.productId) ?? { opening: toMilli(0), entries: new Map(), exits: new Map(), closing: toMilli(0) };
      for (const [type, quantity] of Object.entries(line.entriesByKind) as [MovementType, Milli][])
        total.entries.set(type, (total.entries.get(type) ?? 0) + quantity);
      for (const [type, quantity] of Object.entries(line.exitsByKind) as [MovementType, Milli][])
        total.exits.set(type, (total.exits.get(type) ?? 0) + quantity);
      total.closing = line.closing;
      totals.set(line.productId, total);
      next.set(line.productId, { total: line.closing, quarantine: line.closingQuarantine });
    }
    carried = next;
  }

  // Every difference of the year, itemised from the journal.
  const differences: ExplainedDifference[] = [];
  for (const event of movements) {
    if (event.operationDate < first || event.operationDate > last) continue;
    if (jareCategory(event.type).flow !== 'difference') continue;
    const effect = movementEffect(event);
    if (effect.direction === 'transfer') continue;
    differences.push({
      seq: event.seq,
      operationDate: event.operationDate,
      productId: event.productId,
      type: event.type,
      quantity: toMilli(effect.direction === 'entry' ? event.quantity : -event.quantity),
      explanation: explain(event, kind),
    });
  }
  differences.sort((a, b) => a.seq - b.seq);

  // The closures count by kind of movement; an import (a receipt under AIS or AIP) and an
  // export (a supplier return under AES or AEP) are taken from the journal and moved from
  // their kind's column into their own, so that the sealed totals stay whole.
  const reclassified: { productId: string; quantity: number; from: JareCategory; to: JareCategory }[] = [];
  for (const event of movements) {
    if (event.operationDate < first || event.operationDate > last) continue;
    const from = jareCategory(event.type);
    const to = movementCategory(event);
    if (from.flow !== to.flow || ('kind' in from && 'kind' in to && from.kind !== to.kind))
      reclassified.push({ productId: event.productId, quantity: event.quantity, from, to });
  }

  const products: ProductYear[] = [];
  for (const [productId, total] of [...totals].sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))) {
    const definition = definitions.get(productId);
    if (!definition) continue;
    const own = differences.filter((difference) => difference.productId === productId);
    const entries = zeroes(JARE_ENTRY_KINDS);
    const exits = zeroes(JARE_EXIT_KINDS);
    for (const [type, quantity] of total.entries) {
      const category = jareCategory(type);
      if (category.flow === 'entry') entries[category.kind] += quantity;
      else if (category.flow === 'exit') exits[category.kind] -= quantity; // a correction-like entry in an exit kind: never happens today
    }
    for (const [type, quantity] of total.exits) {
      const category = jareCategory(type);
      if (category.flow === 'exit') exits[category.kind] += quantity;
      else if (category.flow === 'entry') entries[category.kind] -= quantity;
    }
    for (const move of reclassified) {
      if (move.productId !== productId) continue;
      if (move.from.flow === 'entry' && move.to.flow === 'entry') {
        entries[move.from.kind] -= move.quantity;
        entries[move.to.kind] += move.quantity;
      } else if (move.from.flow === 'exit' && move.to.flow === 'exit') {
        exits[move.from.kind] -= move.quantity;
        exits[move.to.kind] += move.quantity;
      }
    }
    const explained = own.reduce((sum, difference) => sum + difference.quantity, 0);
    const flows: Flows<number> = { opening: total.opening, entries, exits, closing: total.closing, explained, unexplained: 0 };
    flows.unexplained = flows.closing - flows.opening - sum(Object.values(entries)) + sum(Object.values(exits)) - explained;
    if (isEmpty(flows) && own.length === 0) continue;
    products.push({ productId, definition, flows: asMilli(flows), differences: own });
  }

  const substances = new Map<string, SubstanceYear>();
  const withoutSubstance: string[] = [];
  for (const product of products) {
    const substance = product.definition.substance;
    if (!substance) {
      withoutSubstance.push(product.productId);
      continue;
    }
    const key = substanceKey(substance);
    const row = substances.get(key) ?? {
      key,
      name: substance.name,
      form: substance.form,
      ...(substance.saltName === undefined ? {} : { saltName: substance.saltName }),
      unit: options.unitOf?.(key) ?? DEFAULT_JARE_UNIT,
      productIds: [],
      flows: emptyBig(),
    };
    row.productIds.push(product.productId);
    const ng = (quantity: Milli): bigint => substanceNanograms(quantity, substance.perUnit);
    const { flows } = product;
    row.flows = {
      opening: row.flows.opening + ng(flows.opening),
      entries: mapKinds(JARE_ENTRY_KINDS, (kind) => row.flows.entries[kind] + ng(flows.entries[kind])),
      exits: mapKinds(JARE_EXIT_KINDS, (kind) => row.flows.exits[kind] + ng(flows.exits[kind])),
      closing: row.flows.closing + ng(flows.closing),
      explained: row.flows.explained + ng(flows.explained),
      unexplained: row.flows.unexplained + ng(flows.unexplained),
    };
    substances.set(key, row);
  }

  return {
    year,
    products,
    substances: [...substances.values()].sort((a, b) => a.key.localeCompare(b.key, 'fr')),
    withoutSubstance,
    closedMonths,
    differences: differences.filter((difference) => products.some((product) => product.productId === difference.productId)),
  };
}

/** Whether the identity holds for every row: nothing left unexplained. */
export function identityHolds(statement: AnnualStatement): boolean {
  return (
    statement.products.every((product) => product.flows.unexplained === 0) && statement.substances.every((substance) => substance.flows.unexplained === 0n)
  );
}

function explain(event: MovementEvent, kind: EstablishmentKind): string {
  const nature = movementNature(event, kind);
  switch (event.type) {
    case 'inventory.adjustment':
      return `${nature} : ${event.reason}`;
    case 'correction':
      return `${nature} : ${event.comment}`;
    case 'patient.return':
      return `${nature} (rapporté par ${event.returnedBy}), à détruire`;
    case 'opening.balance':
      return `${nature} : ${event.source}`;
    default:
      return nature;
  }
}

function zeroes<K extends string>(kinds: readonly K[]): Record<K, number> {
  return Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<K, number>;
}

function mapKinds<K extends string, T>(kinds: readonly K[], value: (kind: K) => T): Record<K, T> {
  return Object.fromEntries(kinds.map((kind) => [kind, value(kind)])) as Record<K, T>;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function isEmpty(flows: Flows<number>): boolean {
  return (
    flows.opening === 0 &&
    flows.closing === 0 &&
    Object.values(flows.entries).every((value) => value === 0) &&
    Object.values(flows.exits).every((value) => value === 0)
  );
}

function asMilli(flows: Flows<number>): Flows<Milli> {
  return {
    opening: toMilli(flows.opening),
    entries: mapKinds(JARE_ENTRY_KINDS, (kind) => toMilli(flows.entries[kind])),
    exits: mapKinds(JARE_EXIT_KINDS, (kind) => toMilli(flows.exits[kind])),
    closing: toMilli(flows.closing),
    explained: toMilli(flows.explained),
    unexplained: toMilli(flows.unexplained),
  };
}

function emptyBig(): Flows<bigint> {
  return {
    opening: 0n,
    entries: mapKinds(JARE_ENTRY_KINDS, () => 0n),
    exits: mapKinds(JARE_EXIT_KINDS, () => 0n),
    closing: 0n,
    explained: 0n,
    unexplained: 0n,
  };
}
