// What an inspector reads of a register besides its verdict: whose register, who held
// it and when, the period it covers, the head of each monthly closure, and enough of its
// movements to give the stock of each product on any day. Gathered as the verified
// events stream by (one pass, the journal is never held), then sent as plain data from
// the verifier's worker to its page.
import { isMovement, type Establishment, type Practitioner, type ProductDefinition, type RegisterEvent } from '../register/events';
import { addDeltas, stockDelta, type StockDelta } from '../stock/movements';

export interface DatedHolder {
  holder: Practitioner;
  /** The operation day and order number from which they hold the register. */
  from: string;
  seq: number;
}

export interface DatedEstablishment {
  establishment: Establishment;
  from: string;
  seq: number;
}

export interface ClosureHead {
  month: string;
  /** The month.closed event itself. */
  seq: number;
  hash: string;
  /** The register's last event when the month was closed, as the closure records it. */
  head: { seq: number; hash: string };
}

export interface ProductFacts {
  productId: string;
  definedOn: string;
  /** Its definition, then each change of it, with the operation day it applies from. */
  definitions: { from: string; definition: ProductDefinition }[];
}

export interface RegisterFacts {
  registerId: string | null;
  establishments: DatedEstablishment[];
  holders: DatedHolder[];
  /** Earliest and latest operation days; recording instants of the first and last events. */
  firstDay: string | null;
  lastDay: string | null;
  firstRecordedAt: string | null;
  lastRecordedAt: string | null;
  closures: ClosureHead[];
  products: ProductFacts[];
  /**
   * Each product's movements summed per operation day (the stock effect the register's
   * fold applies, shared/stock/movements.ts): the stock on a day is the sum of the days
   * up to it, whatever order the operations were recorded in.
   */
  days: Map<string, Map<string, StockDelta>>;
  /** The register was definitively closed (cessation), on this day. */
  closedOn: string | null;
}

export interface FactsCollector {
  add(event: RegisterEvent): void;
  facts(): RegisterFacts;
}

export function createFactsCollector(): FactsCollector {
  const facts: RegisterFacts = {
    registerId: null,
    establishments: [],
    holders: [],
    firstDay: null,
    lastDay: null,
    firstRecordedAt: null,
    lastRecordedAt: null,
    closures: [],
    products: [],
    days: new Map(),
    closedOn: null,
  };
  const products = new Map<string, ProductFacts>();
  return {
    add(event) {
      const day = event.operationDate;
      if (facts.firstDay === null || day < facts.firstDay) facts.firstDay = day;
      if (facts.lastDay === null || day > facts.lastDay) facts.lastDay = day;
      facts.firstRecordedAt ??= event.recordedAt;
      facts.lastRecordedAt = event.recordedAt;
      if (isMovement(event)) {
        let byProduct = facts.days.get(day);
        if (!byProduct) facts.days.set(day, (byProduct = new Map()));
        const before = byProduct.get(event.productId);
        const delta = stockDelta(event);
        byProduct.set(event.productId, before ? addDeltas(before, delta) : delta);
        return;
      }
      switch (event.type) {
        case 'register.opened':
          facts.registerId = event.registerId;
          facts.establishments.push({ establishment: event.establishment, from: day, seq: event.seq });
          facts.holders.push({ holder: event.holder, from: day, seq: event.seq });
          break;
        case 'establishment.changed': {
          const kind = facts.establishments.at(-1)?.establishment.kind ?? 'officine';
          facts.establishments.push({ establishment: { ...event.establishment, kind }, from: day, seq: event.seq });
          break;
        }
        case 'holder.changed':
          facts.holders.push({ holder: { name: event.holder.name, orderNumber: event.holder.orderNumber }, from: day, seq: event.seq });
          break;
        case 'product.defined': {
          const product = { productId: event.productId, definedOn: day, definitions: [{ from: day, definition: event.product }] };
          products.set(event.productId, product);
          facts.products.push(product);
          break;
        }
        case 'product.changed': {
          const product = products.get(event.productId);
          if (!product) break;
          product.definitions.push({ from: day, definition: event.product });
          break;
        }
        case 'month.closed':
          facts.closures.push({ month: event.month, seq: event.seq, hash: event.hash, head: event.head });
          break;
        case 'register.closed':
          facts.closedOn = day;
          break;
        default:
          break;
      }
    },
    facts: () => facts,
  };
}
