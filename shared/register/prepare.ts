// Turns a validated draft into the next sealed event of the chain.
import type { AppError } from '../errors';
import { ok, type Result } from '../result';
import { GENESIS_HASH, type RegisterEvent } from './events';
import { lineFormatFor } from './line-format';
import { sealEvent, type UnsealedEvent } from './seal';
import type { ChainHead } from './chain-head';
import { decide, type Fetched } from './decide';
import type { RegisterState } from './register-state';
import type { Draft, ValidDraft } from './validate';

export interface Sealing {
  head: ChainHead | null;
  recordedAt: Date;
}

/** Product ids come from the order number of their definition: stable and readable. */
export function productIdFor(seq: number): string {
  return `P${seq}`;
}

/** Decides a draft against `state` and, accepted, seals it after `sealing.head`. */
export function prepareEvent(state: RegisterState, fetched: Fetched, draft: Draft, today: string, sealing: Sealing): Result<RegisterEvent, AppError> {
  const checked = decide(state, fetched, draft, today);
  if (!checked.ok) return checked;
  return ok(sealValid(checked.value, sealing));
}

/** Numbers a decided draft after the head and chains it: the event as the journal keeps it. */
export function sealValid(valid: ValidDraft, sealing: Sealing): RegisterEvent {
  return sealEvent(unsealedFrom(valid, sealing));
}

/**
 * The event before its hash: what a closure's signature covers (shared/signature/), once
 * `signed` says the line carries one and is written in the version that describes it.
 */
export function unsealedFrom(valid: ValidDraft, sealing: Sealing, signed = false): UnsealedEvent {
  const seq = (sealing.head?.seq ?? 0) + 1;
  const { body, operationDate, validatedBy, observation } = valid;
  return {
    format: lineFormatFor(body, signed),
    seq,
    prevHash: sealing.head?.hash ?? GENESIS_HASH,
    recordedAt: sealing.recordedAt.toISOString(),
    operationDate,
    validatedBy,
    ...(observation === undefined ? {} : { observation }),
    ...(body.type === 'product.defined' ? { ...body, productId: productIdFor(seq) } : body),
  } as UnsealedEvent;
}
