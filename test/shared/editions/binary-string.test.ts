import { describe, expect, it } from 'vitest';
import { binaryString } from '../../../shared/editions/pdf/binary-string';

/** The same string, one character at a time. */
function oneByOne(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

describe('binary strings', () => {
  it('give one character per byte, every value of a byte included', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, value) => value);
    expect(binaryString(bytes)).toBe(oneByOne(bytes));
  });

  it('join the slices of a file longer than one call takes, in order', () => {
    const bytes = Uint8Array.from({ length: 2 * 0x8000 + 5 }, (_, index) => (index * 7919) % 256);
    const text = binaryString(bytes);
    expect(text).toHaveLength(bytes.length);
    expect(text).toBe(oneByOne(bytes));
  });

  it('give nothing for no bytes, and read only the view they are given', () => {
    expect(binaryString(new Uint8Array())).toBe('');
    const file = Uint8Array.from([1, 2, 3, 4, 5, 6]);
    expect(binaryString(file.subarray(2, 5))).toBe('\u0003\u0004\u0005');
  });
});
