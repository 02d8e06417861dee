import { describe, expect, it } from 'vitest';
import { appError, describeError } from '../../shared/errors';
import { describeFailure, errorReference, Refusal, technicalDetail } from '../../shared/unexpected-error';

const ENGLISH = /Cannot|undefined|Invalid|illegal|operation|reading|array length|no such/i;

describe('describeFailure', () => {
  it.each([
    ['a V8 TypeError', new TypeError("Cannot read properties of undefined (reading 'quantity')")],
    ['a V8 RangeError', new RangeError('Invalid array length')],
    ['a jsPDF failure', new Error('Invalid argument passed to jsPDF.scale')],
    ['a thrown string', 'boom'],
  ])('words %s as « erreur inattendue » with its reference, and no English', (_what, thrown) => {
    const text = describeError(describeFailure(thrown, 'K7Q2MX'));
    expect(text).toContain('Erreur inattendue de l’application (référence K7Q2MX)');
    expect(text).not.toMatch(ENGLISH);
  });

  it('passes an expected refusal through as worded', () => {
    expect(describeFailure(new Refusal(appError('register.notOpened')), 'K7Q2MX')).toEqual(appError('register.notOpened'));
  });

  it('keeps the English detail for the technical log only', () => {
    expect(technicalDetail(new TypeError('Cannot read properties of undefined'))).toContain('TypeError: Cannot read properties of undefined');
  });

  it('makes short references that differ from one failure to the next', () => {
    const references = new Set(Array.from({ length: 50 }, errorReference));
    expect(references.size).toBe(50);
    for (const reference of references) expect(reference).toMatch(/^[A-Z2-9]{6}$/);
  });
});
