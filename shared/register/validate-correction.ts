// Contre-passation: the only way to undo a validated movement. It names its target by
// order number; the register derives the quantity, direction and compartment from it.
import { movementEffect } from '../stock/movements';
import { CORRECTION_REASONS, isMovement, type Correction } from './events';
import { refuse, text } from './refusal';
import { stockOf, type Facts } from './rule-facts';
import { ensureStock } from './validate-movements';

/** A correction names what it corrects and why; the register derives the rest from it. */
export type CorrectionDraft = Pick<Correction, 'type' | 'corrects' | 'reason' | 'comment'>;

export function validateCorrection(body: CorrectionDraft, operationDate: string, { state, fetched }: Facts): Correction {
  const { target } = fetched;
  const seq = String(body.corrects);
  if (!target) return refuse('correction.unknownTarget', 'corrects', { seq });
  if (target.type === 'correction') refuse('correction.ofCorrection', 'corrects', { seq });
  if (!isMovement(target)) return refuse('correction.notMovement', 'corrects', { seq });
  // An inventory's adjustment brought the stock to what was counted: only a new inventory changes that.
  if (target.type === 'inventory.adjustment') refuse('correction.ofAdjustment', 'corrects', { seq });
  // What was destroyed does not come back: a destruction is never reversed.
  if (target.type === 'destruction') refuse('correction.ofDestruction', 'corrects', { seq });
  // A correction cannot undo what had not happened yet on the day it is dated.
  if (operationDate < target.operationDate) refuse('correction.beforeTarget', 'operationDate', { seq, day: target.operationDate });
  const correctedBy = state.correctedBy.get(target.seq);
  if (correctedBy !== undefined) refuse('correction.alreadyCorrected', 'corrects', { seq, by: String(correctedBy) });
  if (!(CORRECTION_REASONS as readonly unknown[]).includes(body.reason)) refuse('correction.reasonRequired', 'reason');
  const reason = body.reason;
  const effect = movementEffect(target);
  // Cancelling an entry takes its units back out: they must still be in that compartment.
  // Cancelling a move between compartments moves the units back: they must still be where it put them.
  const stock = stockOf(state, target.productId);
  if (effect.direction === 'entry') ensureStock(effect.quantity, effect.compartment, stock, 'corrects');
  if (effect.direction === 'transfer') ensureStock(effect.quantity, effect.to, stock, 'corrects');
  return {
    type: 'correction',
    productId: target.productId,
    corrects: target.seq,
    quantity: effect.quantity,
    reverses: effect.direction,
    compartment: effect.direction === 'transfer' ? effect.to : effect.compartment,
    reason,
    comment: text(body.comment, 'comment', 'explication de la correction'),
  };
}
