// What the charts of one product draw, computed from the register's events alone: the
// balance (the register's "solde", both compartments) day by day over a period with each
// receipt, exit and inventory marked, and each inventory's variance over time. The balance
// at the period's start is worked back from today's balance and the movements dated since,
// so that only the period's events (and those after it) are read, never the whole history.
import type { InventoryTaken, MovementEvent, RegisterEvent } from '../register/events';
import { addMilli, subtractMilli, toMilli, type Milli } from '../register/quantity';
import { movementEffect } from './movements';

/** What a mark on the curve stands for. */
export type CurveMark = 'entry' | 'exit' | 'inventory';

export interface CurvePoint {
  /** Operation day, YYYY-MM-DD. */
  day: string;
  /** The balance once the day's movements are counted. */
  balance: Milli;
  /** Units in and out that day (corrections count on the side they move the stock to). */
  entered: Milli;
  left: Milli;
  /** An inventory was taken that day (with or without variance). */
  inventory: boolean;
}

export interface StockCurve {
  /** The balance at the start of the first day. */
  start: Milli;
  /** One point per day that moved the stock or held an inventory, in order, within the period. */
  points: CurvePoint[];
}

/**
 * The curve over [from, to]: `balanceNow` is today's balance, `movements` every movement
 * of the product dated from `from` on (in any order; those after `to` only serve to work
 * back to the start), `inventoryDays` the days an inventory counted the product.
 */
export function stockCurve(balanceNow: Milli, movements: readonly MovementEvent[], inventoryDays: readonly string[], from: string, to: string): StockCurve {
  const dated = movements.filter((event) => event.operationDate >= from).sort((a, b) => a.operationDate.localeCompare(b.operationDate) || a.seq - b.seq);
  let start = balanceNow;
  for (const event of dated) {
    const effect = movementEffect(event);
    // A transfer between compartments leaves the register's balance as it is.
    if (effect.direction === 'entry') start = subtractMilli(start, effect.quantity);
    if (effect.direction === 'exit') start = addMilli(start, effect.quantity);
  }
  const byDay = new Map<string, CurvePoint>();
  let balance = start;
  const pointOf = (day: string) => {
    const found = byDay.get(day);
    if (found) return found;
    const made: CurvePoint = { day, balance, entered: toMilli(0), left: toMilli(0), inventory: false };
    byDay.set(day, made);
    return made;
  };
  for (const event of dated) {
    if (event.operationDate > to) break;
    const effect = movementEffect(event);
    const point = pointOf(event.operationDate);
    if (effect.direction === 'entry') {
      balance = addMilli(balance, effect.quantity);
      point.entered = addMilli(point.entered, effect.quantity);
    }
    if (effect.direction === 'exit') {
      balance = subtractMilli(balance, effect.quantity);
      point.left = addMilli(point.left, effect.quantity);
    }
    point.balance = balance;
  }
  for (const day of inventoryDays) {
    if (day < from || day > to) continue;
    const point = byDay.get(day) ?? { ...pointOf(day), balance: balanceOn(day, byDay, start) };
    point.inventory = true;
    byDay.set(day, point);
  }
  return { start, points: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)) };
}

/** The balance at the end of `day`, from the points of the days that moved. */
function balanceOn(day: string, byDay: ReadonlyMap<string, CurvePoint>, start: Milli): Milli {
  let balance = start;
  for (const point of [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day))) {
    if (point.day > day) break;
    if (point.entered !== 0 || point.left !== 0) balance = point.balance;
  }
  return balance;
}

export interface InventoryVariance {
  /** The inventory's order number and day. */
  seq: number;
  day: string;
  /** What was counted less what the register held, both compartments together (negative: missing). */
  variance: Milli;
  expected: Milli;
  counted: Milli;
}

/** Each inventory that counted the product, oldest first, with its variance. */
export function inventoryVariances(inventories: readonly (RegisterEvent & InventoryTaken)[], productId: string): InventoryVariance[] {
  const found: InventoryVariance[] = [];
  for (const inventory of [...inventories].sort((a, b) => a.seq - b.seq)) {
    const lines = inventory.lines.filter((line) => line.productId === productId);
    if (lines.length === 0) continue;
    let expected = toMilli(0);
    let counted = toMilli(0);
    for (const line of lines) {
      expected = addMilli(expected, line.expected);
      counted = addMilli(counted, line.counted);
    }
    found.push({ seq: inventory.seq, day: inventory.operationDate, variance: subtractMilli(counted, expected), expected, counted });
  }
  return found;
}
