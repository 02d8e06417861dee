import { describe, expect, it } from 'vitest';
import type { RegisterEvent } from '../../../shared/register/events';
import { validateDraft } from '../../../shared/register/validate';
import { registerLines } from '../../../shared/stock/movements';
import { correctionDraft, openedContext, units } from '../../fixtures/drafts';
import { sealedSlice } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';

function at(events: RegisterEvent[], seq: number): RegisterEvent {
  const event = events.find((candidate) => candidate.seq === seq);
  if (!event) throw new Error(`no event ${seq}`);
  return event;
}

describe('correction (contre-passation)', () => {
  const slice = sealedSlice(); // 3: receipt of 30, 4: dispensation of 12

  it('reverses a dispensation with the same quantity, back into stock, naming the original', () => {
    const valid = accepted(validateDraft(correctionDraft(4), openedContext({ target: at(slice, 4), available: units(18) })));
    expect(valid.body).toEqual({ type: 'correction', productId: 'P2', corrects: 4, quantity: units(12), reverses: 'exit', reason: 'quantite', comment: '12 au lieu de 2' });
  });

  it('reverses a receipt as an exit, refused when the units have already left', () => {
    const context = openedContext({ target: at(slice, 3), available: units(18) });
    expect(refusal(validateDraft(correctionDraft(3), context))).toMatchObject({ code: 'stock.insufficient', field: 'corrects' });
    expect(accepted(validateDraft(correctionDraft(3), { ...context, available: units(30) })).body).toMatchObject({ reverses: 'entry', quantity: units(30) });
  });

  it('refuses an unknown order number, a non-movement and a correction of a correction', () => {
    expect(refusal(validateDraft(correctionDraft(99), openedContext())).code).toBe('correction.unknownTarget');
    expect(refusal(validateDraft(correctionDraft(2), openedContext({ target: at(slice, 2) }))).code).toBe('correction.notMovement');
    const correction = { ...at(slice, 4), seq: 5, type: 'correction', corrects: 4, reverses: 'exit', reason: 'doublon', comment: 'x' } as RegisterEvent;
    expect(refusal(validateDraft(correctionDraft(5), openedContext({ target: correction }))).code).toBe('correction.ofCorrection');
  });

  it('puts the reversed quantity back in the running balance and marks the original as corrected', () => {
    const correction = { ...at(slice, 4), seq: 5, type: 'correction', corrects: 4, reverses: 'exit', reason: 'doublon', comment: 'saisi deux fois' } as RegisterEvent;
    const lines = registerLines([...slice, correction]);
    expect(lines.map(({ event, entry, exit, balance, correctedBy }) => [event.seq, entry, exit, balance, correctedBy])).toEqual([
      [3, units(30), null, units(30), null],
      [4, null, units(12), units(18), 5],
      [5, units(12), null, units(30), null],
    ]);
  });

  it('refuses to correct the same movement twice', () => {
    const error = refusal(validateDraft(correctionDraft(4), openedContext({ target: at(slice, 4), targetCorrectedBy: 5 })));
    expect(error).toMatchObject({ code: 'correction.alreadyCorrected', params: { seq: '4', by: '5' } });
  });

  it('requires a reason from the list and an explanation', () => {
    const context = openedContext({ target: at(slice, 4) });
    expect(refusal(validateDraft(correctionDraft(4, { reason: 'oubli' as never }), context)).code).toBe('correction.reasonRequired');
    expect(refusal(validateDraft(correctionDraft(4, { comment: '  ' }), context))).toMatchObject({ code: 'field.required', field: 'comment' });
  });
});
