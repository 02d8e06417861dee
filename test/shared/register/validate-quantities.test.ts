import { describe, expect, it } from 'vitest';
import { decideDraft } from '../../fixtures/register';
import { accepted, refusal } from '../../fixtures/result';
import { contextFor, MOVEMENT_DRAFTS, MOVEMENT_KINDS, withField } from './drafts';

const WRONG_QUANTITIES: [string, unknown, string][] = [
  ['zero', 0, 'quantity.notPositive'],
  ['negative', -5000, 'quantity.notPositive'],
  ['a fraction of a thousandth', 1.5, 'quantity.malformed'],
  ['not a number', Number.NaN, 'quantity.malformed'],
  ['text', '12', 'quantity.malformed'],
  ['missing', undefined, 'quantity.malformed'],
];

describe('validateDraft: the quantity of every movement', () => {
  it.each(MOVEMENT_KINDS.flatMap((kind) => WRONG_QUANTITIES.map(([what, quantity, code]) => [kind, what, quantity, code] as const)))(
    'refuses a %s whose quantity is %s',
    (kind, _what, quantity, code) => {
      expect(refusal(decideDraft(withField(MOVEMENT_DRAFTS[kind](), 'quantity', quantity), contextFor(kind)))).toEqual({ code, field: 'quantity' });
    },
  );

  it.each(MOVEMENT_KINDS)('accepts a %s of one thousandth of a unit', (kind) => {
    expect(accepted(decideDraft(withField(MOVEMENT_DRAFTS[kind](), 'quantity', 1), contextFor(kind))).body).toMatchObject({ quantity: 1 });
  });
});
