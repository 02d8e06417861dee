// The lot estimate as the app computed it before the register's state held it: a fold of
// the whole log, kept here as the reference the state's lots (shared/stock/product-lots.ts)
// are compared with on every journal of the tests (docs/decisions/0018). Not used by the app.
//
// Only receipts name a lot (with its expiry), and only a mise en quarantaine may name
// the lot it sets aside. Every other exit (dispensation, administration, return,
// theft…) names none, so which lot it took from is an ESTIMATE, made the way a
// pharmacy is told to pick its stock: FEFO, first expired, first out. Stock that came
// in without a lot (a balance carried over from a previous register, a patient return,
// an exit put back by a correction of unknown origin) is taken first, as the oldest on
// the shelf; then the lot that expires first; between lots of the same month, the one
// received first. A correction puts back exactly what the movement it cancels was
// attributed, so cancelling a dispensation gives its units back to the same lots.
//
// The figures are what the register lets one infer, not a count: the per-lot
// quantities of a product always add up to its stock in each compartment, but the
// split between lots is only as true as FEFO was followed at the counter.
import { isMovement, type MovementEvent, type RegisterEvent, type StockCompartment } from '../../../shared/register/events';
import { addMilli, subtractMilli, toMilli, type Milli } from '../../../shared/register/quantity';
import { movementEffect } from '../../../shared/stock/movements';

export interface ReferenceLotStock {
  productId: string;
  lot: string;
  /** Expiry month as printed on the box (YYYY-MM): usable to its last day. */
  expiry: string;
  /** Order number of the first receipt of this lot. */
  firstReceipt: number;
  received: Milli;
  /** Still in the dispensable stock, by FEFO estimate. */
  dispensable: Milli;
  /** Set aside in quarantine, awaiting destruction. */
  quarantine: Milli;
}

/** A lot, or the stock of the product that came in without one. */
interface Bucket {
  lot: ReferenceLotStock | null;
  dispensable: Milli;
  quarantine: Milli;
}

type Allocation = { bucket: Bucket; quantity: Milli }[];

const ZERO = toMilli(0);

class ProductLots {
  readonly unlotted: Bucket = { lot: null, dispensable: ZERO, quarantine: ZERO };
  readonly lots = new Map<string, Bucket>();
  /** What each movement was attributed, by order number, for its correction. */
  readonly allocations = new Map<number, Allocation>();

  constructor(readonly productId: string) {}

  /** FEFO: stock without a lot first, then by expiry, then by first receipt. */
  private ordered(): Bucket[] {
    const lots = [...this.lots.values()].sort((a, b) => {
      const [x, y] = [a.lot as ReferenceLotStock, b.lot as ReferenceLotStock];
      return x.expiry.localeCompare(y.expiry) || x.firstReceipt - y.firstReceipt;
    });
    return [this.unlotted, ...lots];
  }

  put(bucket: Bucket, compartment: StockCompartment, quantity: Milli): void {
    bucket[compartment] = addMilli(bucket[compartment], quantity);
  }

  /** Takes from the buckets named first (as far as they hold), then FEFO for the rest. */
  take(compartment: StockCompartment, quantity: Milli, preferred: readonly Bucket[] = []): Allocation {
    const allocation: Allocation = [];
    let left = quantity;
    for (const bucket of [...preferred, ...this.ordered()]) {
      if (left <= 0) break;
      const taken = Math.min(bucket[compartment], left) as Milli;
      if (taken <= 0) continue;
      bucket[compartment] = subtractMilli(bucket[compartment], taken);
      left = subtractMilli(left, taken);
      const same = allocation.find((part) => part.bucket === bucket);
      if (same) same.quantity = addMilli(same.quantity, taken);
      else allocation.push({ bucket, quantity: taken });
    }
    // More out than the register holds cannot pass validation; a journal that says so anyway is counted against the unlotted stock.
    if (left > 0) {
      this.unlotted[compartment] = subtractMilli(this.unlotted[compartment], left);
      allocation.push({ bucket: this.unlotted, quantity: left });
    }
    return allocation;
  }

  receive(event: Extract<MovementEvent, { type: 'receipt' }>): Bucket {
    let bucket = this.lots.get(event.lot);
    if (!bucket) {
      const lot: ReferenceLotStock = {
        productId: this.productId,
        lot: event.lot,
        expiry: event.expiry,
        firstReceipt: event.seq,
        received: ZERO,
        dispensable: ZERO,
        quarantine: ZERO,
      };
      bucket = { lot, dispensable: ZERO, quarantine: ZERO };
      this.lots.set(event.lot, bucket);
    }
    const lot = bucket.lot as ReferenceLotStock;
    lot.received = addMilli(lot.received, event.quantity);
    // The same lot number received twice keeps the earlier expiry, the cautious one.
    if (event.expiry < lot.expiry) lot.expiry = event.expiry;
    return bucket;
  }

  apply(event: MovementEvent): void {
    const effect = movementEffect(event);
    const { quantity } = effect;
    if (event.type === 'correction') {
      this.reverse(event.corrects, effect.direction === 'transfer' ? effect.from : effect.compartment, effect.direction, quantity);
      return;
    }
    if (effect.direction === 'transfer') {
      const named = event.type === 'quarantine.moved' && event.lot !== undefined ? this.lots.get(event.lot) : undefined;
      const allocation = this.take(effect.from, quantity, named ? [named] : []);
      for (const part of allocation) this.put(part.bucket, effect.to, part.quantity);
      this.allocations.set(event.seq, allocation);
      return;
    }
    if (effect.direction === 'entry') {
      const bucket = event.type === 'receipt' ? this.receive(event) : this.unlotted;
      this.put(bucket, effect.compartment, quantity);
      this.allocations.set(event.seq, [{ bucket, quantity }]);
      return;
    }
    this.allocations.set(event.seq, this.take(effect.compartment, quantity));
  }

  /** A correction undoes what its target was attributed: same lots, same quantities. */
  private reverse(target: number, compartment: StockCompartment, direction: 'entry' | 'exit' | 'transfer', quantity: Milli): void {
    const allocation = this.allocations.get(target) ?? [{ bucket: this.unlotted, quantity }];
    if (direction === 'entry') {
      // Cancelling an exit: its units come back where they were taken.
      for (const part of allocation) this.put(part.bucket, compartment, part.quantity);
      return;
    }
    if (direction === 'exit') {
      // Cancelling an entry: its units leave, from its own lot as far as it still holds them.
      this.take(
        compartment,
        quantity,
        allocation.map((part) => part.bucket),
      );
      if (allocation[0]?.bucket.lot && this.allocations.has(target)) {
        const lot = allocation[0].bucket.lot;
        lot.received = subtractMilli(lot.received, quantity);
      }
      return;
    }
    // Cancelling a transfer: the units go back from the compartment it filled, to the same lots.
    const back = this.take(
      compartment,
      quantity,
      allocation.map((part) => part.bucket),
    );
    const to: StockCompartment = compartment === 'quarantine' ? 'dispensable' : 'quarantine';
    for (const part of back) this.put(part.bucket, to, part.quantity);
  }

  result(): ReferenceLotStock[] {
    return [...this.lots.values()].map((bucket) => ({ ...(bucket.lot as ReferenceLotStock), dispensable: bucket.dispensable, quarantine: bucket.quarantine }));
  }
}

/** Every lot received, with what is left of it in each compartment, products and lots in order of first receipt. */
export function referenceLotStocks(events: readonly RegisterEvent[]): ReferenceLotStock[] {
  const movements = events.filter(isMovement).sort((a, b) => a.seq - b.seq);
  const products = new Map<string, ProductLots>();
  for (const event of movements) {
    let product = products.get(event.productId);
    if (!product) products.set(event.productId, (product = new ProductLots(event.productId)));
    product.apply(event);
  }
  return [...products.values()].flatMap((product) => product.result()).sort((a, b) => a.firstReceipt - b.firstReceipt);
}
