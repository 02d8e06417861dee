// Rules of the hand-over to a buyer and of the definitive closure (R. 5132-37, decision
// 0010). A cession rests on a contradictory inventory taken in the buyer's presence, with
// nothing moved since; a closure waits until every narcotic has been destroyed. Once
// closed, the register only accepts what prints or seals what it already holds.
import { formatDay, monthOf } from './dates';
import { DEPOSIT_AUTHORITIES, isMovement, type EventType, type HolderChanged, type RegisterClosed, type RegisterEvent } from './events';
import { oneOf, refuse, text } from './refusal';
import { holderOf, type ClosedRegister } from './register-state';
import type { Facts } from './rule-facts';

export type { ClosedRegister } from './register-state';

/**
 * What a closed register still records: editions, the sealing of the closure's month, and
 * what closes a destruction dossier without moving stock (its PV's copy sent, its cancellation),
 * and the clock set-back or the signing key that may have to precede any of them.
 */
const AFTER_CLOSURE: ReadonlySet<EventType> = new Set<EventType>([
  'edition.produced',
  'month.closed',
  'destruction.copySent',
  'destruction.cancelled',
  'clock.setBack',
  // The key the closure's month is signed with, when the register must record one first.
  'signingKey.recorded',
]);

/** Refuses whatever would change a closed register; editions and the closure's own month stay possible. */
export function checkStillOpen(type: EventType, month: string | undefined, closed: ClosedRegister | undefined): void {
  if (!closed) return;
  const params = { day: formatDay(closed.operationDate), seq: String(closed.seq) };
  if (!AFTER_CLOSURE.has(type)) refuse('register.closed', 'type', params);
  // The month of the closure is still sealed when it ends; no later month exists for this register.
  if (type === 'month.closed' && month !== undefined && month > monthOf(closed.operationDate)) refuse('register.closed', 'month', params);
}

export function validateHolderChange(body: HolderChanged, operationDate: string, { state }: Facts): HolderChanged {
  const holder = {
    name: text(body.holder?.name, 'holder.name', 'nom du repreneur'),
    orderNumber: text(body.holder?.orderNumber, 'holder.orderNumber', 'n° RPPS ou Ordre du repreneur'),
  };
  if (holder.orderNumber === holderOf(state)?.orderNumber) refuse('cession.sameHolder', 'holder.orderNumber');
  const facts = state.inventories.get(body.inventory);
  const inventory = facts?.event;
  const seq = String(body.inventory);
  if (inventory?.type !== 'inventory.taken' || inventory.seq !== body.inventory) return refuse('cession.inventoryUnknown', 'inventory', { seq });
  // R. 5132-37: the inventory is taken in the buyer's presence, and names them.
  if (inventory.counterParty?.orderNumber !== holder.orderNumber) refuse('cession.notContradictory', 'inventory', { seq, orderNumber: holder.orderNumber });
  if (operationDate < inventory.operationDate) refuse('cession.beforeInventory', 'operationDate', { seq, day: formatDay(inventory.operationDate) });
  // What the buyer takes over is what was counted: nothing may have moved since.
  if (facts?.movedSince) refuse('cession.movedSinceInventory', 'inventory', { seq });
  // For computer records the inventory is annexed to the editions and countersigned by both
  // (R. 5132-37 §1): the register hands over only once that PDF exists, whatever the window does.
  if (!facts?.transferPrinted) refuse('cession.transferNotPrinted', 'inventory', { seq });
  return { type: 'holder.changed', holder, inventory: inventory.seq };
}

export function validateRegisterClosed(body: RegisterClosed, operationDate: string, { state, opening }: Facts): RegisterClosed {
  const { kind } = opening;
  const reason = text(body.reason, 'reason', 'motif de la cessation');
  const authority = oneOf(body.depositedWith?.authority, ['ARS', 'DDPP'], 'depositedWith.authority', 'autorité de dépôt');
  if (authority !== DEPOSIT_AUTHORITIES[kind]) refuse('cessation.wrongAuthority', 'depositedWith.authority', { expected: DEPOSIT_AUTHORITIES[kind] });
  const address = text(body.depositedWith?.address, 'depositedWith.address', 'service et adresse du dépôt');
  // R. 5132-37 §4: the remaining narcotics are destroyed before the register is closed.
  const remaining: string[] = [];
  for (const product of state.products.values()) if (product.stock.total !== 0) remaining.push(`« ${product.state.definition.designation} »`);
  if (remaining.length > 0) refuse('cessation.stockRemains', 'type', { products: remaining.join(', ') });
  const last = state.lastMovementDay;
  if (last !== undefined && operationDate < last) refuse('cessation.beforeLastMovement', 'operationDate', { day: formatDay(last) });
  return { type: 'register.closed', reason, depositedWith: { authority, address } };
}

/** Whether a movement other than the écarts of inventory `seq` comes after it in these events. */
export function movedAfterInventory(events: readonly RegisterEvent[], seq: number): boolean {
  return events.some((event) => event.seq > seq && isMovement(event) && !(event.type === 'inventory.adjustment' && event.inventory === seq));
}
