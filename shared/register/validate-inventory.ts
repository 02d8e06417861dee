// The inventory (art. R. 5132-36): once a year the stock is counted or weighed, each
// compartment apart, and every difference with the register's balance is written on the
// inventory with its reason. The draft gives what was found; the register supplies what
// it expected, and then posts one "écart d'inventaire" per variance, naming the
// inventory, in the same transaction (renderer/db/record.ts).
import { appError, type AppError } from '../errors';
import { err, ok, type Result } from '../result';
import { inCompartment } from '../stock/movements';
import { formatDay } from './dates';
import {
  INVENTORY_METHODS,
  STOCK_COMPARTMENTS,
  type InventoryAdjustment,
  type InventoryLine,
  type InventoryTaken,
  type Practitioner,
  type RegisterEvent,
  type StockCompartment,
} from './events';
import { COMPARTMENT_LABELS } from './labels';
import { parseQuantity, subtractMilli, toMilli, type Milli } from './quantity';
import { oneOf, optionalField, refuse, text } from './refusal';
import type { ProductFacts } from './register-state';
import { stockOf, type Facts } from './rule-facts';

/** A line as counted: the register adds what it expected. */
export type InventoryLineDraft = Omit<InventoryLine, 'expected'>;

export interface InventoryDraft {
  type: 'inventory.taken';
  lines: InventoryLineDraft[];
  countedBy: string;
  /** The buyer present at a cession's contradictory inventory. */
  counterParty?: Practitioner;
}

/** An adjustment names its inventory and the line it settles; the register derives the rest. */
export type InventoryAdjustmentDraft = Pick<InventoryAdjustment, 'type' | 'inventory' | 'productId' | 'compartment'>;

export function lineKey(productId: string, compartment: StockCompartment): string {
  return `${productId}|${compartment}`;
}

/** Counted minus expected: positive when more was found than the register holds. */
export function variance(line: Pick<InventoryLine, 'expected' | 'counted'>): Milli {
  return subtractMilli(line.counted, line.expected);
}

const ZERO = /^0{1,12}(?:[.,]0*)?$/;

/** What a person typed as a count: like any quantity, but an empty shelf counts 0. */
export function parseCount(typed: string): Result<Milli, AppError> {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return err(appError('inventory.countMissing', 'counted'));
  if (ZERO.test(compact)) return ok(toMilli(0));
  const parsed = parseQuantity(compact);
  return parsed.ok ? parsed : err({ ...parsed.error, field: 'counted' });
}

export function validateInventory(body: InventoryDraft, operationDate: string, { state }: Facts): InventoryTaken {
  const { products, lastMovementDay } = state;
  // The register knows its stock now; dated before a later movement, that would not be the stock of the day.
  if (lastMovementDay !== undefined && operationDate < lastMovementDay) {
    refuse('inventory.beforeLastMovement', 'operationDate', { day: formatDay(lastMovementDay) });
  }
  if (!Array.isArray(body.lines) || body.lines.length === 0) refuse('inventory.empty', 'lines');
  const seen = new Set<string>();
  const lines = body.lines.map((draft, index): InventoryLine => {
    const field = `lines.${index}`;
    const product: ProductFacts | undefined = typeof draft?.productId === 'string' ? products.get(draft.productId) : undefined;
    if (!product) return refuse('product.unknown', `${field}.productId`);
    const compartment = oneOf(draft.compartment, STOCK_COMPARTMENTS, `${field}.compartment`, 'stock compté');
    const key = lineKey(draft.productId, compartment);
    const designation = product.state.definition.designation;
    if (seen.has(key)) refuse('inventory.duplicateLine', field, { designation, compartment: COMPARTMENT_LABELS[compartment] });
    seen.add(key);
    const counted = draft.counted;
    if (!Number.isSafeInteger(counted) || counted < 0)
      refuse('inventory.countMalformed', `${field}.counted`, { designation, compartment: COMPARTMENT_LABELS[compartment] });
    const method = oneOf(draft.method, INVENTORY_METHODS, `${field}.method`, 'méthode (décompte ou pesée)');
    const expected = inCompartment(product.stock, compartment);
    const differs = counted !== expected;
    const reason = typeof draft.reason === 'string' ? draft.reason.trim() : '';
    if (differs && reason === '') refuse('inventory.reasonRequired', `${field}.reason`, { designation, compartment: COMPARTMENT_LABELS[compartment] });
    return {
      productId: draft.productId,
      compartment,
      expected,
      counted: toMilli(counted),
      method,
      ...optionalField('reason', draft.reason, `${field}.reason`, `motif de l’écart (${designation})`),
    };
  });
  // An inventory counts the whole stock: whatever the register holds must have its line.
  for (const [productId, { stock, state: product }] of products) {
    for (const compartment of STOCK_COMPARTMENTS) {
      if (inCompartment(stock, compartment) !== 0 && !seen.has(lineKey(productId, compartment))) {
        refuse('inventory.incomplete', 'lines', { designation: product.definition.designation, compartment: COMPARTMENT_LABELS[compartment] });
      }
    }
  }
  const countedBy = text(body.countedBy, 'countedBy', 'compté par');
  return { type: 'inventory.taken', lines, countedBy, ...(body.counterParty === undefined ? {} : { counterParty: counterParty(body.counterParty) }) };
}

/**
 * The other party of a contradictory inventory, named and numbered. They may already
 * validate in this register (an adjoint who buys the officine), but never be the one who
 * validates the inventory: validateDraft checks that, knowing who signs.
 */
function counterParty(given: Partial<Practitioner>): Practitioner {
  return {
    name: text(given?.name, 'counterParty.name', 'nom du repreneur'),
    orderNumber: text(given?.orderNumber, 'counterParty.orderNumber', 'n° RPPS ou Ordre du repreneur'),
  };
}

/** The adjustments an inventory calls for: one per line whose count differs, in the inventory's order. */
export function adjustmentDrafts(inventory: RegisterEvent): InventoryAdjustmentDraft[] {
  if (inventory.type !== 'inventory.taken') return [];
  return inventory.lines
    .filter((line) => line.counted !== line.expected)
    .map((line) => ({ type: 'inventory.adjustment', inventory: inventory.seq, productId: line.productId, compartment: line.compartment }));
}

export function validateAdjustment(body: InventoryAdjustmentDraft, operationDate: string, { state }: Facts): InventoryAdjustment {
  const inventory = state.inventories.get(body.inventory);
  const seq = String(body.inventory);
  if (!inventory) return refuse('inventory.unknown', 'inventory', { seq });
  const target = inventory.event;
  if (operationDate !== target.operationDate) refuse('inventory.adjustmentDate', 'operationDate', { seq, day: formatDay(target.operationDate) });
  const compartment = oneOf(body.compartment, STOCK_COMPARTMENTS, 'compartment', 'stock compté');
  const line = target.lines.find((candidate) => candidate.productId === body.productId && candidate.compartment === compartment);
  if (!line || line.counted === line.expected) return refuse('inventory.noVariance', 'productId', { seq });
  if (inventory.settled.includes(lineKey(line.productId, compartment))) refuse('inventory.alreadyAdjusted', 'productId', { seq });
  // The balance must still be what the inventory expected: the adjustment brings it to the count, exactly.
  if (inCompartment(stockOf(state, line.productId), compartment) !== line.expected) refuse('inventory.stockMoved', 'productId', { seq });
  const difference = variance(line);
  return {
    type: 'inventory.adjustment',
    productId: line.productId,
    quantity: toMilli(Math.abs(difference)),
    compartment,
    direction: difference > 0 ? 'entry' : 'exit',
    inventory: target.seq,
    reason: line.reason ?? '',
  };
}
