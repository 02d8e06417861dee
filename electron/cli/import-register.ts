// The register as the import has built it so far, kept in memory: the same facts the app
// reads from its database before each entry (renderer/db/append-event.ts), so that every
// row is checked against exactly what the app would check it against.
import type { EstablishmentKind, Practitioner, RegisterEvent, StockCompartment } from '../../shared/register/events';
import { isMovement } from '../../shared/register/events';
import type { ChainHead } from '../../shared/register/prepare';
import type { DraftBody, DraftContext, ProductState } from '../../shared/register/validate';
import { balanceAfter, EMPTY_STOCK, stockDelta, type StockBalance } from '../../shared/stock/movements';
import { normalizeLabel } from './import-columns';

export interface ImportedRegister {
  /** The last event sealed, that the next one links to. */
  readonly head: ChainHead | null;
  /** The establishment's kind, once the opening is imported. */
  readonly kind: EstablishmentKind | undefined;
  /** Product id (P<seq>) of a reference of the file, if a product row defined it. */
  productIdOf(ref: string): string | undefined;
  /** The facts a draft is validated against, as the app gathers them. */
  contextFor(body: DraftBody, today: string): DraftContext;
  /** Takes a sealed event into the facts; a product definition binds the file's reference to it. */
  record(event: RegisterEvent, ref: string): void;
  readonly counts: { products: number; movements: number };
}

interface Product {
  state: ProductState;
  stock: StockBalance;
  carryOver: { compartments: StockCompartment[]; otherMovements: boolean };
}

export function createImportedRegister(): ImportedRegister {
  let head: ChainHead | null = null;
  let opening: { kind: EstablishmentKind; openedOn: string; holder: Practitioner } | undefined;
  const productIds = new Map<string, string>(); // normalized reference → P<seq>
  const products = new Map<string, Product>(); // P<seq> → state and stock
  let movements = 0;

  return {
    get head() {
      return head;
    },
    get kind() {
      return opening?.kind;
    },
    get counts() {
      return { products: products.size, movements };
    },
    productIdOf(ref) {
      return productIds.get(normalizeLabel(ref));
    },
    contextFor(body, today) {
      const context: DraftContext = {
        today,
        // An import never authorises anyone: the holder validates every row.
        validators: opening ? [opening.holder] : [],
        ...(opening ? { register: { kind: opening.kind, openedOn: opening.openedOn } } : {}),
      };
      if ('productId' in body && body.productId !== undefined) {
        const product = products.get(body.productId);
        if (product) context.product = product.state;
        context.stock = product?.stock ?? EMPTY_STOCK;
        if (body.type === 'opening.balance' && product) context.carryOver = product.carryOver;
      }
      if (body.type === 'product.defined' && body.product.cip13) {
        const cip13 = body.product.cip13.trim();
        const owner = [...products.values()].find((product) => product.state.definition.cip13 === cip13);
        if (owner) context.cip13Owner = owner.state.definition.designation;
      }
      return context;
    },
    record(event, ref) {
      head = { seq: event.seq, hash: event.hash };
      if (event.type === 'register.opened') opening = { kind: event.establishment.kind, openedOn: event.operationDate, holder: event.holder };
      if (event.type === 'product.defined') {
        productIds.set(normalizeLabel(ref), event.productId);
        products.set(event.productId, {
          state: { definition: event.product, active: true, hasMovements: false },
          stock: EMPTY_STOCK,
          carryOver: { compartments: [], otherMovements: false },
        });
      }
      if (isMovement(event)) {
        movements += 1;
        const product = products.get(event.productId);
        if (product) {
          product.state = { ...product.state, hasMovements: true };
          product.stock = balanceAfter(product.stock, stockDelta(event));
          if (event.type === 'opening.balance') product.carryOver.compartments.push(event.compartment);
          else product.carryOver.otherMovements = true;
        }
      }
    },
  };
}
