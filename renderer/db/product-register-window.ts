// One product's register read by the window the person looks at, never its whole history:
// the order numbers of its lines (keys only, from the product's index) place every line,
// the lines in view are read by those numbers, and the balance after the newest line in
// view comes from sums of blocks of lines: a block is summed once and kept, since a
// validated line never changes. Opening a register of a hundred thousand lines reads a
// page of them; a block sum is read again only for the blocks between the view and the
// nearer end of the register (the oldest line starts from zero, the newest ends on the
// stock the register's state holds).
import Dexie from 'dexie';
import { isMovement, type EventType, type MovementEvent, type MovementType, type RegisterEvent } from '../../shared/register/events';
import { addMilli, subtractMilli, toMilli, type Milli } from '../../shared/register/quantity';
import { lineChange } from '../../shared/stock/line-balances';
import type { RegisterDatabase } from './database';
import { readState } from './state-row';

/** The kinds of event that name a product (they are in its index) without being a line of its register. */
type NotALine = Exclude<{ [K in EventType]: 'productId' extends keyof Extract<RegisterEvent, { type: K }> ? K : never }[EventType], MovementType>;
/** Read by the type index to leave them out; a kind of event added with a product id fails to compile until it is named here. */
const NOT_LINES: Record<NotALine, true> = {
  'product.defined': true,
  'product.changed': true,
  'edition.produced': true,
};

/** Lines summed together; a block is read in one go the first time its sum is needed. */
export const BLOCK = 1000;

export interface ProductRegisterWindow {
  /** Which register (database and register id) the window is of: balances kept are kept under it. */
  register: string;
  /** How many lines the product's register has. */
  count: number;
  /** Index (newest first) of the first line of `events`. */
  from: number;
  /** Lines `from`… newest first. */
  events: MovementEvent[];
  /** Order number of the correction that reverses a line, for the lines in view. */
  correctedBy: ReadonlyMap<number, number>;
  /**
   * The balance after each line of `events`, in their order, from the same snapshot. Asked
   * for apart, after the lines are shown: a first jump to the middle of a long register
   * sums up to half of it.
   */
  balances: () => Promise<Milli[]>;
}

function sumOf(events: readonly MovementEvent[]): Milli {
  let sum = toMilli(0);
  for (const event of events) sum = addMilli(sum, lineChange(event));
  return sum;
}

/** Block sums of every register of this window, by database and register, product, and block's first and last order numbers. */
const blockSums = new Map<string, Milli>();

/**
 * The product's lines from one order number to another, both included, in one read of
 * its index: a range is read at once, not line by line.
 */
async function linesBetween(db: RegisterDatabase, productId: string, first: number, last: number): Promise<MovementEvent[]> {
  const events = await db.events.where('[productId+seq]').between([productId, first], [productId, last], true, true).toArray();
  return events.filter(isMovement);
}

interface Part {
  start: number;
  end: number;
  /** A whole block's, under which its sum is kept. */
  key?: string;
}

/** The sum of the lines at these positions (oldest first), block by block, each full block read once. */
async function sumOfPositions(
  db: RegisterDatabase,
  register: string,
  productId: string,
  ascending: readonly number[],
  start: number,
  end: number,
  block: number,
): Promise<Milli> {
  const parts: Part[] = [];
  for (let position = start; position < end;) {
    const blockStart = Math.floor(position / block) * block;
    const blockEnd = blockStart + block;
    if (position === blockStart && blockEnd <= end) {
      parts.push({ start: blockStart, end: blockEnd, key: `${register}|${productId}|${ascending[blockStart]}-${ascending[blockEnd - 1]}` });
      position = blockEnd;
    } else {
      const until = Math.min(blockEnd, end);
      parts.push({ start: position, end: until });
      position = until;
    }
  }
  let sum = toMilli(0);
  // The parts not summed yet, side by side: read in one range, then summed part by part.
  let run: Part[] = [];
  const readRun = async () => {
    const [first] = run;
    const last = run.at(-1);
    if (!first || !last) return;
    const lines = await linesBetween(db, productId, ascending[first.start] ?? 0, ascending[last.end - 1] ?? 0);
    let offset = 0;
    for (const part of run) {
      const partSum = sumOf(lines.slice(offset, offset + part.end - part.start));
      offset += part.end - part.start;
      if (part.key) blockSums.set(part.key, partSum);
      sum = addMilli(sum, partSum);
    }
    run = [];
  };
  for (const part of parts) {
    const kept = part.key === undefined ? undefined : blockSums.get(part.key);
    if (kept === undefined) run.push(part);
    else {
      await readRun();
      sum = addMilli(sum, kept);
    }
  }
  await readRun();
  return sum;
}

/** The lines a register view keeps: a period of operation days (both included) and a kind. */
export interface LineFilter {
  firstDay?: string;
  lastDay?: string;
  kind?: MovementType;
}

interface WindowOptions {
  filter?: LineFilter;
  /** Lines per block sum (tests use small blocks to cross their edges). */
  block?: number;
}

/** Where an order number stands among the product's lines, oldest first (they are sorted). */
function positionOf(ascending: readonly number[], seq: number): number {
  let low = 0;
  let high = ascending.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = ascending[middle] ?? 0;
    if (found === seq) return middle;
    if (found < seq) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The order numbers of the events of a period or of a kind, keys only, by the date or the type index; null when not filtered. */
async function filteredSeqs(db: RegisterDatabase, filter: LineFilter): Promise<Set<number> | null> {
  const dated =
    filter.firstDay || filter.lastDay
      ? db.events
          .where('operationDate')
          .between(filter.firstDay || Dexie.minKey, filter.lastDay || Dexie.maxKey, true, true)
          .primaryKeys()
      : null;
  const ofKind = filter.kind ? db.events.where('type').equals(filter.kind).primaryKeys() : null;
  const [inPeriod, kept] = await Promise.all([dated, ofKind]);
  if (!inPeriod) return kept ? new Set(kept) : null;
  if (!kept) return new Set(inPeriod);
  const ofKindSet = new Set(kept);
  return new Set(inPeriod.filter((seq) => ofKindSet.has(seq)));
}

/**
 * Lines `from` to `to` (excluded) of a product's register, newest first, with their
 * balances. With a period or a kind, the lines are those of the period or kind, read by the
 * date and type indexes, keys only, and their balances those of the whole register.
 */
export async function productRegisterWindow(
  db: RegisterDatabase,
  productId: string,
  from: number,
  to: number,
  { filter = {}, block = BLOCK }: WindowOptions = {},
): Promise<ProductRegisterWindow> {
  // One snapshot: the product's order numbers, the state's stock and corrections, the lines in view.
  const { register, ascending, shownCount, stock, correctedBy, events } = await db.transaction('r', db.events, db.state, async () => {
    const [all, others, state, kept] = await Promise.all([
      db.events.where('[productId+seq]').between([productId, Dexie.minKey], [productId, Dexie.maxKey]).primaryKeys(),
      // The product's definition and changes, and editions of its register, are not lines
      // (anyOf jumps from one kind to the next in the index; it never walks the lines).
      db.events.where('type').anyOf(Object.keys(NOT_LINES)).primaryKeys(),
      readState(db),
      filteredSeqs(db, filter),
    ]);
    const notLines = new Set(others);
    // The product's index runs in order number: its primary keys come oldest first.
    const ascending = all.filter((seq) => !notLines.has(seq));
    const shown = kept ? ascending.filter((seq) => kept.has(seq)) : ascending;
    const count = shown.length;
    const first = Math.max(0, Math.min(from, count));
    const last = Math.max(first, Math.min(to, count));
    const oldest = shown[count - last];
    const newest = shown[count - first - 1];
    const read = async (): Promise<MovementEvent[]> => {
      if (oldest === undefined || newest === undefined || last === first) return [];
      // Unfiltered, the lines in view are one range of the product's index; filtered, they are picked by order number.
      if (!kept) return linesBetween(db, productId, oldest, newest);
      const picked = await db.events.bulkGet(shown.slice(count - last, count - first));
      return picked.filter((event) => event !== undefined).filter(isMovement);
    };
    return {
      ascending,
      shownCount: count,
      // A register restored in place of another under the same database keeps none of its block sums.
      register: `${db.name}|${state.opening?.registerId ?? ''}`,
      stock: state.products.get(productId)?.stock.total ?? toMilli(0),
      correctedBy: state.correctedBy,
      events: (await read()).reverse(),
    };
  });
  const first = Math.max(0, Math.min(from, shownCount));
  const inView = new Map<number, number>();
  for (const event of events) {
    const by = correctedBy.get(event.seq);
    if (by !== undefined) inView.set(event.seq, by);
  }
  const sum = (start: number, end: number) => sumOfPositions(db, register, productId, ascending, start, end, block);
  const balances = async (): Promise<Milli[]> => {
    const [newest] = events;
    if (!newest) return [];
    const positions = events.map((event) => positionOf(ascending, event.seq));
    // The balance after the newest line in view: from the oldest line up, or from the stock down, whichever reads less.
    const top = positions[0] ?? 0;
    const count = ascending.length;
    let balance = top + 1 <= count - (top + 1) ? await sum(0, top + 1) : subtractMilli(stock, await sum(top + 1, count));
    const result = [balance];
    // Each older line's: the newer one's less that line and the lines between them that the filter hides.
    for (let index = 1; index < events.length; index += 1) {
      const newer = events[index - 1];
      const hidden = await sum((positions[index] ?? 0) + 1, positions[index - 1] ?? 0);
      balance = subtractMilli(subtractMilli(balance, hidden), newer ? lineChange(newer) : toMilli(0));
      result.push(balance);
    }
    return result;
  };
  return { register, count: shownCount, from: first, events, correctedBy: inView, balances };
}
