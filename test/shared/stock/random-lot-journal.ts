// Journals of movements drawn at random (from a seed, so that a failure can be replayed),
// rich in what the lot estimate must get right: many lots, the same lot number received
// again once emptied, exits that span lots, lots named by a mise en quarantaine (held or
// not), écarts both ways, destructions, and corrections of every kind a correction may
// name. Only the fields the stock reads are written: these journals are not sealed.
import type { RegisterEvent, StockCompartment } from '../../../shared/register/events';
import { toMilli, type Milli } from '../../../shared/register/quantity';
import { movementEffect } from '../../../shared/stock/movements';
import { seededRandom as random } from '../../fixtures/seeded-random';

const PRODUCTS = ['P1', 'P2'];
const EXPIRIES = ['2026-05', '2026-06', '2026-06', '2026-09', '2027-01', '2027-03'];
const EXITS = ['dispensation', 'preparation.use', 'vet.administration', 'vet.dispensing'] as const;
const NOT_CORRECTED = new Set(['correction', 'inventory.adjustment', 'destruction']);

export function randomLotJournal(seed: number, movements: number): RegisterEvent[] {
  const draw = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(draw() * items.length)] as T;
  const units = (most: number): Milli => toMilli(Math.max(1, Math.floor(draw() * most)) * 1000);
  const events: Record<string, unknown>[] = [];
  const stock = new Map(PRODUCTS.map((id) => [id, { dispensable: 0, quarantine: 0 }]));
  const corrected = new Set<number>();
  const add = (event: Record<string, unknown>) => {
    const seq = events.length + 1;
    events.push({ seq, hash: `h${seq}`, operationDate: '2026-04-01', ...event });
    if (typeof event.productId === 'string' && 'quantity' in event) {
      const held = stock.get(event.productId);
      const effect = movementEffect(events.at(-1) as never);
      if (held && effect.direction === 'transfer') {
        held[effect.from] -= effect.quantity;
        held[effect.to] += effect.quantity;
      } else if (held && effect.direction !== 'transfer') held[effect.compartment] += effect.direction === 'entry' ? effect.quantity : -effect.quantity;
    }
  };
  for (const productId of PRODUCTS) add({ type: 'product.defined', productId, product: { designation: productId } });
  while (events.length < movements) {
    const productId = pick(PRODUCTS);
    const held = stock.get(productId) as { dispensable: number; quarantine: number };
    const lot = `L${Math.floor(draw() * 12)}`;
    const roll = draw();
    const within = (compartment: StockCompartment): Milli | null =>
      held[compartment] >= 1000 ? toMilli(Math.max(1000, Math.floor((draw() * held[compartment]) / 1000) * 1000)) : null;
    if (roll < 0.22) add({ type: 'receipt', productId, lot, expiry: pick(EXPIRIES), quantity: units(40) });
    else if (roll < 0.25) add({ type: 'opening.balance', productId, compartment: pick(['dispensable', 'quarantine'] as const), quantity: units(10) });
    else if (roll < 0.28) add({ type: 'patient.return', productId, quantity: units(5) });
    else if (roll < 0.55) {
      const quantity = within('dispensable');
      if (quantity) add({ type: pick(EXITS), productId, quantity });
    } else if (roll < 0.6) {
      const compartment = pick(['dispensable', 'quarantine'] as const);
      const quantity = within(compartment);
      if (quantity) add({ type: pick(['supplier.return', 'theft'] as const), productId, compartment, quantity });
    } else if (roll < 0.7) {
      const quantity = within('dispensable');
      if (quantity) add({ type: 'quarantine.moved', productId, quantity, ...(draw() < 0.6 ? { lot } : {}), reason: 'expired' });
    } else if (roll < 0.75) {
      const quantity = within('quarantine');
      if (quantity) add({ type: 'destruction', productId, quantity, dossier: 'D1' });
    } else if (roll < 0.8) {
      const compartment = pick(['dispensable', 'quarantine'] as const);
      const direction = draw() < 0.5 ? 'entry' : 'exit';
      const quantity = direction === 'entry' ? units(5) : within(compartment);
      if (quantity) add({ type: 'inventory.adjustment', productId, compartment, direction, quantity, inventory: 1 });
    } else {
      const candidates = events.filter(
        (event) => typeof event.quantity === 'number' && !NOT_CORRECTED.has(event.type as string) && !corrected.has(event.seq as number),
      );
      if (candidates.length === 0) continue;
      const target = pick(candidates) as unknown as RegisterEvent & { productId: string; quantity: Milli };
      const effect = movementEffect(target as never);
      const compartment = effect.direction === 'transfer' ? effect.to : effect.compartment;
      // The register refuses to take back what is no longer there.
      const targetHeld = stock.get(target.productId) as { dispensable: number; quarantine: number };
      if (effect.direction !== 'exit' && targetHeld[compartment] < effect.quantity) continue;
      corrected.add(target.seq);
      add({
        type: 'correction',
        productId: target.productId,
        corrects: target.seq,
        quantity: effect.quantity,
        reverses: effect.direction,
        compartment,
        reason: 'error',
      });
    }
  }
  return events as unknown as RegisterEvent[];
}
