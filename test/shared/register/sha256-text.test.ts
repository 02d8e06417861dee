import { describe, expect, it } from 'vitest';
import { sha256OfText } from '../../../shared/register/seal';
import { compactSha256OfText } from '../../../shared/register/sha256-text';

/** A deterministic text of `length` code units mixing ASCII, accented letters, typographic signs and an astral character. */
function textOf(length: number, seed: number): string {
  const alphabet = ['a', 'Z', '0', '{', '"', 'é', '’', '\u202f', '€', '😀', '\n'];
  let text = '';
  let state = seed;
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text.slice(0, length).replace(/[\ud800-\udbff]$/, 'x');
}

describe('compactSha256OfText', () => {
  it('gives the FIPS 180-4 digests of the standard examples', () => {
    expect(compactSha256OfText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(compactSha256OfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(compactSha256OfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('gives the digest of the domain’s own SHA-256 at every length around the block boundaries', () => {
    for (let length = 0; length <= 300; length += 1) {
      const text = textOf(length, length + 1);
      expect(compactSha256OfText(text), `longueur ${length}`).toBe(sha256OfText(text));
    }
  });

  it('gives the same digest for long texts, and for a short one after a long one', () => {
    for (const length of [1_000, 4_095, 70_000]) {
      const long = textOf(length, length);
      expect(compactSha256OfText(long)).toBe(sha256OfText(long));
      expect(compactSha256OfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    }
  });
});
