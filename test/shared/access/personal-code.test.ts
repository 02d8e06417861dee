import { describe, expect, it } from 'vitest';
import { codeShapeProblem, waitAfter, waitWording } from '../../../shared/access/personal-code';
import { describeError } from '../../../shared/errors';

describe('codeShapeProblem', () => {
  it.each(['482913', '4829137', 'ma pharmacie du port', 'Correct horse!'])('accepts %s', (code) => {
    expect(codeShapeProblem(code)).toBeNull();
  });

  it.each(['', '12345', '000000', '111111111', 'abcdef', '   short   '])('refuses %j, saying what a code must be', (code) => {
    const problem = codeShapeProblem(code);
    expect(problem).toMatchObject({ code: 'access.codeTooShort', field: 'code' });
    expect(describeError(problem!)).toContain('au moins 6 chiffres');
  });
});

describe('waitAfter: the growing delay after wrong codes', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30],
    [6, 60],
    [7, 120],
    [8, 240],
    [11, 1920],
    [12, 3600],
    [40, 3600],
  ])('after %i wrong codes waits %i seconds', (failures, seconds) => {
    expect(waitAfter(failures)).toBe(seconds);
  });

  it.each([
    [1, '1 seconde'],
    [30, '30 secondes'],
    [60, '1 minute'],
    [90, '2 minutes'],
    [3600, '1 heure'],
  ])('says %i seconds as « %s »', (seconds, words) => {
    expect(waitWording(seconds)).toBe(words);
  });
});
