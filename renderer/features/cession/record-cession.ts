// The acts of the cession and closure wizards that are not already another screen's:
// the change of holder, the move of every dispensable unit into quarantine before the
// closure's destruction (only quarantine is destroyed, decision 0006), and the closure.
import type { AppError } from '../../../shared/errors';
import type { Practitioner, RegisterClosed, RegisterEvent } from '../../../shared/register/events';
import { toMilli } from '../../../shared/register/quantity';
import type { Draft } from '../../../shared/register/validate';
import type { Result } from '../../../shared/result';
import type { StockBalance } from '../../../shared/stock/movements';
import { recordAct, recordOne } from '../../db/record-act';
import type { RegisterStore } from '../../db/register-store';

interface Signed {
  operationDate: string;
  /** RPPS or Ordre number of who validates; the holder when absent. */
  validatedBy?: string;
}

function signed(request: Signed): Pick<Draft, 'operationDate' | 'validatedBy'> {
  return { operationDate: request.operationDate, ...(request.validatedBy === undefined ? {} : { validatedBy: request.validatedBy }) };
}

/** "Changement de titulaire": the buyer holds the register from this event on. */
export function recordHolderChange(
  store: RegisterStore,
  request: Signed & { buyer: Practitioner; inventory: number },
  now?: Date,
): Promise<Result<RegisterEvent, AppError>> {
  return recordOne(store, { ...signed(request), body: { type: 'holder.changed', holder: request.buyer, inventory: request.inventory } }, now);
}

/** Why the closure moves stock into quarantine, as the register line says. */
export const CLOSURE_QUARANTINE_COMMENT = 'Cessation définitive d’activité : stock restant à détruire (art. R. 5132-37)';

/** Every product's dispensable stock into quarantine, in one transaction: all of it or nothing. */
export function moveAllToQuarantine(
  store: RegisterStore,
  stock: ReadonlyMap<string, StockBalance>,
  request: Signed,
  now?: Date,
): Promise<Result<RegisterEvent[], AppError>> {
  const drafts: Draft[] = [...stock.entries()].flatMap(([productId, balance]) => {
    const dispensable = balance.total - balance.quarantine;
    return dispensable > 0
      ? [
          {
            ...signed(request),
            body: { type: 'quarantine.moved', productId, quantity: toMilli(dispensable), reason: 'other', comment: CLOSURE_QUARANTINE_COMMENT },
          },
        ]
      : [];
  });
  return recordAct(store, drafts, now);
}

/** The definitive closure: from then on the register is read-only. */
export function recordClosure(store: RegisterStore, request: Signed & { body: RegisterClosed }, now?: Date): Promise<Result<RegisterEvent, AppError>> {
  return recordOne(store, { ...signed(request), body: request.body }, now);
}
