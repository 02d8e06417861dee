// Mise en quarantaine: units set aside from the dispensable stock for destruction
// (expired, altered…). They stay in the register balance; only what can be dispensed
// goes down, so there must be that much dispensable stock. A lot, when named, must be
// one the register received for this product; how much of it is left is not checked,
// since exits that name no lot are only attributed to lots by estimate (FEFO, see
// shared/stock/lots.ts).
import { QUARANTINE_REASONS, type QuarantineMove } from './events';
import { oneOf, optionalField, positive, refuse } from './refusal';
import { lotKey } from '../stock/lot-ledger';
import type { Facts } from './rule-facts';
import { ensureStock, movableProduct } from './validate-movements';

export function validateQuarantineMove(body: QuarantineMove, { state, fetched }: Facts): QuarantineMove {
  const product = movableProduct(state.products.get(body.productId));
  const quantity = positive(body.quantity);
  const reason = oneOf(body.reason, QUARANTINE_REASONS, 'reason', 'motif de la mise en quarantaine');
  const { lot } = optionalField('lot', body.lot, 'lot', 'numéro de lot');
  // Whether the lot was ever received is a look-up (lookups.ts, keyed by lotKey): the state keeps only the lots still held.
  if (lot !== undefined && !fetched.receivedLots?.has(lotKey(body.productId, lot))) refuse('quarantine.unknownLot', 'lot', { lot });
  ensureStock(quantity, 'dispensable', product.stock);
  return {
    type: body.type,
    productId: body.productId,
    quantity,
    ...(lot === undefined ? {} : { lot }),
    reason,
    ...optionalField('comment', body.comment, 'comment', 'observation'),
  };
}
