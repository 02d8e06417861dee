// What the replay of a whole journal keeps of every movement it passes (replay.ts): the
// facts a later correction may name (movementFacts) and what each movement was
// attributed lot by lot (shared/stock/lot-ledger.ts). A correction may name any earlier
// movement, so nothing can be forgotten; but a million small objects in maps held the
// command line's `verify` near a gigabyte and kept the garbage collector busy. They are
// kept here in columns instead, indexed by order number (a journal's are consecutive):
// numbers in typed arrays, each text once in a table. A fact is rebuilt, the same
// members with the same values, only when a correction asks for it.
import type { Allocation } from '../stock/lot-ledger';
import type { Milli } from './quantity';
import type { MovementFacts } from './register-state';

/** The members a movement's facts may carry beside the five every movement has (evolve.ts). */
const OPTIONAL_MEMBERS = ['compartment', 'reverses', 'direction', 'corrects', 'inventory', 'dossier'] as const;
type OptionalMember = (typeof OPTIONAL_MEMBERS)[number];

const ABSENT = -1;
const FIRST_ROOM = 1 << 12;

/** Each distinct value once, named by its place (order numbers, names of lots, days…). */
class ValueTable {
  private readonly places = new Map<unknown, number>();
  private readonly values: unknown[] = [];

  placeOf(value: unknown): number {
    let place = this.places.get(value);
    if (place === undefined) {
      place = this.values.length;
      this.values.push(value);
      this.places.set(value, place);
    }
    return place;
  }

  valueAt(place: number): unknown {
    return this.values[place];
  }
}

/** A column of places in a value table, one per order number from `first`; grown by doubling. */
class PlaceColumn {
  private cells: Int32Array;

  constructor(room: number) {
    this.cells = new Int32Array(room).fill(ABSENT);
  }

  set(index: number, place: number): void {
    if (index >= this.cells.length) {
      let room = this.cells.length * 2;
      while (room <= index) room *= 2;
      const grown = new Int32Array(room).fill(ABSENT);
      grown.set(this.cells);
      this.cells = grown;
    }
    this.cells[index] = place;
  }

  get(index: number): number {
    return index >= 0 && index < this.cells.length ? this.cells[index]! : ABSENT;
  }
}

/** A column of exact integers (quantities in thousandths), one per order number from `first`. */
class NumberColumn {
  private cells = new Float64Array(FIRST_ROOM);

  set(index: number, value: number): void {
    if (index >= this.cells.length) {
      let room = this.cells.length * 2;
      while (room <= index) room *= 2;
      const grown = new Float64Array(room);
      grown.set(this.cells);
      this.cells = grown;
    }
    this.cells[index] = value;
  }

  get(index: number): number {
    return this.cells[index]!;
  }
}

/**
 * Order numbers come in increasing order, from wherever the replay starts: the first one
 * kept is the columns' origin, so a replay that starts late in a long register does not
 * pay for the order numbers before it.
 */
class SeqIndex {
  private first: number | null = null;

  /** The index of `seq`, or -1 before the first one kept (nothing kept there). */
  of(seq: number): number {
    if (this.first === null) return ABSENT;
    const index = seq - this.first;
    return Number.isSafeInteger(index) && index >= 0 ? index : ABSENT;
  }

  /** The index of `seq` to write at, the first one setting the origin. */
  forWriting(seq: number): number {
    this.first ??= seq;
    return this.of(seq);
  }
}

/** The facts of each movement passed, as `movementFacts` makes them. */
export class MovementFactColumns {
  private readonly index = new SeqIndex();
  private readonly values = new ValueTable();
  private readonly type = new PlaceColumn(FIRST_ROOM);
  private readonly productId = new PlaceColumn(FIRST_ROOM);
  private readonly operationDate = new PlaceColumn(FIRST_ROOM);
  private readonly quantity = new NumberColumn();
  /** The rarer members, each made when a movement first carries it. */
  private readonly optional = new Map<OptionalMember, PlaceColumn>();
  /** Facts that do not fit the columns (an order number out of order, a quantity not a number): kept whole. */
  private readonly whole = new Map<number, MovementFacts>();

  keep(facts: MovementFacts): void {
    const at = this.index.forWriting(facts.seq);
    if (at === ABSENT || typeof facts.quantity !== 'number' || this.has(facts.seq)) {
      this.whole.set(facts.seq, facts);
      return;
    }
    this.type.set(at, this.values.placeOf(facts.type));
    this.productId.set(at, this.values.placeOf(facts.productId));
    this.operationDate.set(at, this.values.placeOf(facts.operationDate));
    this.quantity.set(at, facts.quantity);
    for (const member of OPTIONAL_MEMBERS) {
      if (!(member in facts)) continue;
      let column = this.optional.get(member);
      if (!column) this.optional.set(member, (column = new PlaceColumn(at + 1)));
      column.set(at, this.values.placeOf(facts[member]));
    }
  }

  /** The facts kept of the movement `seq`: the same members, with the same values, as were kept. */
  get(seq: number): MovementFacts | undefined {
    const kept = this.whole.get(seq);
    if (kept) return kept;
    const at = this.index.of(seq);
    const type = this.type.get(at);
    if (type === ABSENT) return undefined;
    const facts = {
      seq,
      type: this.values.valueAt(type),
      productId: this.values.valueAt(this.productId.get(at)),
      quantity: this.quantity.get(at),
      operationDate: this.values.valueAt(this.operationDate.get(at)),
    } as MovementFacts;
    const members = facts as Record<string, unknown>;
    for (const member of OPTIONAL_MEMBERS) {
      const place = this.optional.get(member)?.get(at) ?? ABSENT;
      if (place !== ABSENT) members[member] = this.values.valueAt(place);
    }
    return facts;
  }

  private has(seq: number): boolean {
    return this.type.get(this.index.of(seq)) !== ABSENT;
  }
}

/**
 * What each movement was attributed. Nearly every one is attributed a single lot: its
 * name and quantity go to the columns; any other attribution is kept whole.
 */
export class AllocationColumns {
  private readonly index = new SeqIndex();
  private readonly lots = new ValueTable();
  private readonly lot = new PlaceColumn(FIRST_ROOM);
  private readonly quantity = new NumberColumn();
  private readonly whole = new Map<number, Allocation>();

  remember(seq: number, allocation: Allocation): void {
    const at = this.index.forWriting(seq);
    const part = allocation.length === 1 ? allocation[0]! : undefined;
    const single = part !== undefined && Object.keys(part).length === 2 && typeof part.lot === 'string' && typeof part.quantity === 'number';
    if (at === ABSENT || !single) {
      if (at !== ABSENT) this.lot.set(at, ABSENT);
      this.whole.set(seq, allocation);
      return;
    }
    this.whole.delete(seq);
    this.lot.set(at, this.lots.placeOf(part.lot));
    this.quantity.set(at, part.quantity);
  }

  allocationOf(seq: number): Allocation | undefined {
    const kept = this.whole.get(seq);
    if (kept) return kept;
    const at = this.index.of(seq);
    const lot = this.lot.get(at);
    if (lot === ABSENT) return undefined;
    return [{ lot: this.lots.valueAt(lot) as string, quantity: this.quantity.get(at) as Milli }];
  }
}
