// Mise en quarantaine: units set aside from the dispensable stock for destruction
// (expired, altered…). They stay in the register balance; only what can be dispensed
// goes down, so there must be that much dispensable stock. A lot, when named, must be
// one the register received for this product; how much of it is left is not checked,
// since exits that name no lot are only attributed to lots by estimate (FEFO, see
// shared/stock/lots.ts).
import { QUARANTINE_REASONS, type QuarantineMove } from './events';
import { oneOf, optionalField, positive, refuse } from './refusal';
import type { DraftContext } from './draft-context';
import { ensureStock, movableProduct } from './validate-movements';

export function validateQuarantineMove(body: QuarantineMove, context: DraftContext): QuarantineMove {
  movableProduct(context);
  const quantity = positive(body.quantity);
  const reason = oneOf(body.reason, QUARANTINE_REASONS, 'reason', 'motif de la mise en quarantaine');
  const { lot } = optionalField('lot', body.lot, 'lot', 'numéro de lot');
  if (lot !== undefined && !(context.receivedLots ?? []).includes(lot)) refuse('quarantine.unknownLot', 'lot', { lot });
  ensureStock(quantity, 'dispensable', context);
  return {
    type: body.type,
    productId: body.productId,
    quantity,
    ...(lot === undefined ? {} : { lot }),
    reason,
    ...optionalField('comment', body.comment, 'comment', 'observation'),
  };
}
