// What the screens read before the register's state held it, folded from the whole log
// as renderer/db/queries.ts did then: the reference the state-based queries are compared
// with on every journal of the tests (docs/decisions/0018). Not used by the app.
import type { Establishment, Practitioner, RegisterEvent, Validator } from '../../../shared/register/events';
import { isMovement } from '../../../shared/register/events';
import type { ProductSummary, RegisterIdentity } from '../../../renderer/db/queries';

const HOLDER_ROLE = 'Titulaire';

function last<T extends RegisterEvent['type']>(events: readonly RegisterEvent[], type: T): Extract<RegisterEvent, { type: T }> | undefined {
  return events.filter((event): event is Extract<RegisterEvent, { type: T }> => event.type === type).at(-1);
}

export function referenceIdentity(events: readonly RegisterEvent[]): RegisterIdentity | null {
  const opening = events.find((event) => event.seq === 1);
  if (opening?.type !== 'register.opened') return null;
  const change = last(events, 'establishment.changed');
  const handOver = last(events, 'holder.changed');
  const details = change ? change.establishment : opening.establishment;
  const establishment: Establishment = { ...details, kind: opening.establishment.kind };
  const holder: Practitioner = handOver ? handOver.holder : opening.holder;
  return { registerId: opening.registerId, establishment, holder, openedOn: opening.operationDate, ...(handOver ? { holderSince: handOver.seq } : {}) };
}

export function referenceValidators(events: readonly RegisterEvent[]): Validator[] {
  const identity = referenceIdentity(events);
  if (!identity) return [];
  const byOrderNumber = new Map<string, Validator>([[identity.holder.orderNumber, { ...identity.holder, role: HOLDER_ROLE }]]);
  const since = identity.holderSince ?? 0;
  for (const event of events) {
    if (event.seq < since) continue;
    if (event.type === 'validator.authorized') byOrderNumber.set(event.person.orderNumber, event.person);
    if (event.type === 'validator.revoked') byOrderNumber.delete(event.person.orderNumber);
  }
  return [...byOrderNumber.values()];
}

export function referenceProducts(events: readonly RegisterEvent[]): ProductSummary[] {
  const products = new Map<string, ProductSummary>();
  for (const event of events) {
    if (event.type === 'product.defined') products.set(event.productId, { productId: event.productId, ...event.product, active: true });
    if (event.type === 'product.changed') products.set(event.productId, { productId: event.productId, ...event.product, active: event.active });
  }
  return [...products.values()];
}

export function referenceLastMovementDay(events: readonly RegisterEvent[]): string | undefined {
  return events
    .filter(isMovement)
    .reduce<string | undefined>((latest, event) => (latest === undefined || event.operationDate > latest ? event.operationDate : latest), undefined);
}
