import { describe, expect, it } from 'vitest';
import { describeError } from '../../../shared/errors';
import { expiryInWords, parseExpiry } from '../../../shared/register/expiry';
import { accepted, refusal } from '../../fixtures/result';

describe('parseExpiry', () => {
  it.each([
    ['03/2027', '2027-03'],
    ['3/2027', '2027-03'],
    ['03/27', '2027-03'],
    ['3/27', '2027-03'],
    ['12/2030', '2030-12'],
    ['03-2027', '2027-03'],
    ['03.2027', '2027-03'],
    ['03 2027', '2027-03'],
    [' 03 / 2027 ', '2027-03'],
    ['0327', '2027-03'],
    ['032027', '2027-03'],
    ['2027-03', '2027-03'],
    ['2027/3', '2027-03'],
  ])('reads %j as %s', (typed, month) => {
    expect(accepted(parseExpiry(typed))).toBe(month);
  });

  it.each([
    ['13/2027', 'a thirteenth month'],
    ['00/2027', 'month zero'],
    ['03/1999', 'a year before 2000'],
    ['03/2100', 'a year after 2099'],
    ['2027-13', 'a thirteenth month, year first'],
    ['03/2027/01', 'a day as well'],
    ['31/03/2027', 'a full date'],
    ['327', 'three digits'],
    ['mars 2027', 'the month in words'],
    ['03/027', 'a three-digit year'],
    ['2027', 'a year alone'],
  ])('refuses %j (%s) with the malformed-expiry message on the expiry field', (typed) => {
    const error = refusal(parseExpiry(typed));
    expect(error).toEqual({ code: 'receipt.expiryMalformed', field: 'expiry' });
    expect(describeError(error)).toBe('Date de péremption invalide\u202f: indiquez le mois et l’année, par exemple 03/2027.');
  });

  it('says the expiry is mandatory when nothing is typed', () => {
    const error = refusal(parseExpiry('  '));
    expect(error.field).toBe('expiry');
    expect(describeError(error)).toBe('Le champ «\u202fdate de péremption\u202f» est obligatoire.');
  });
});

describe('expiryInWords', () => {
  it('names the month in French', () => {
    expect(expiryInWords('2027-03')).toBe('mars 2027');
    expect(expiryInWords('2030-12')).toBe('décembre 2030');
  });
});
