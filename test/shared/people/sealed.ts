// A draft as a sealed event, for the pure functions that read events: the envelope's
// fields they do not read are filled with constants.
import type { RegisterEvent } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { HOLDER } from '../../fixtures/drafts';

export function sealedAs(seq: number, draft: Draft): RegisterEvent {
  return {
    format: 1,
    seq,
    prevHash: '0'.repeat(64),
    recordedAt: `${draft.operationDate}T10:00:00.000Z`,
    operationDate: draft.operationDate,
    validatedBy: HOLDER,
    hash: 'f'.repeat(64),
    ...draft.body,
  } as RegisterEvent;
}
