import { describe, expect, it } from 'vitest';
import { groupToTypeBack, normalizeRecoveryCode, recoveryCodeFrom, typedBackMatches } from '../../../shared/encryption/recovery-code';

const RANDOM = Uint8Array.from({ length: 16 }, (_, index) => index * 17 + 3);

describe('recovery code', () => {
  it('is five groups of five characters that cannot be misread on paper', () => {
    const code = recoveryCodeFrom(RANDOM);
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(recoveryCodeFrom(RANDOM)).toBe(code);
    expect(recoveryCodeFrom(Uint8Array.from(RANDOM, (byte, index) => (index === 0 ? byte ^ 0x80 : byte)))).not.toBe(code);
  });

  it('uses every one of the 125 bits it shows: two draws differing in one late byte differ', () => {
    const other = Uint8Array.from(RANDOM);
    other[15] = (other[15]! ^ 0x08) & 0xff; // the lowest bit used
    expect(recoveryCodeFrom(other)).not.toBe(recoveryCodeFrom(RANDOM));
  });

  it('accepts the code typed in lower case, with spaces, O for 0 and I or L for 1', () => {
    const code = recoveryCodeFrom(RANDOM);
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normalizeRecoveryCode(sloppy)).toBe(code);
    expect(normalizeRecoveryCode(code.replace(/-/g, ''))).toBe(code);
  });

  it('refuses a code of the wrong length or with a character outside the alphabet', () => {
    const code = recoveryCodeFrom(RANDOM);
    expect(normalizeRecoveryCode(code.slice(0, -1))).toBeNull();
    expect(normalizeRecoveryCode(`${code.slice(0, -1)}U`)).toBeNull();
    expect(normalizeRecoveryCode('')).toBeNull();
  });

  it('asks back one printed group and checks it as typed', () => {
    const code = recoveryCodeFrom(RANDOM);
    const asked = groupToTypeBack(code, 7);
    expect(asked.position).toBe(3);
    expect(asked.expected).toBe(code.split('-')[2]);
    expect(typedBackMatches(` ${asked.expected.toLowerCase()} `, asked.expected)).toBe(true);
    expect(typedBackMatches(code.split('-')[0]!, asked.expected)).toBe(asked.expected === code.split('-')[0]);
    expect(typedBackMatches('', asked.expected)).toBe(false);
  });
});
