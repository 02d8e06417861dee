// The command line's hash thread recomputes hashes with node:crypto, handed to the shared
// chain verifier: the verdicts must be the ones the domain's own SHA-256 gives.
import { describe, expect, it } from 'vitest';
import { sha256OfTextNative } from '../../../electron/files/sha256';
import { createChainVerifier } from '../../../shared/register/chain';
import type { RegisterEvent } from '../../../shared/register/events';
import { sha256OfText } from '../../../shared/register/seal';
import { sealedSlice } from '../../fixtures/events';

function verdicts(events: readonly RegisterEvent[], sha256?: (text: string) => string) {
  const verifier = createChainVerifier(undefined, sha256 ? { sha256 } : {});
  return events.map((event) => verifier.next(event));
}

describe('the native SHA-256 of the command line', () => {
  it('gives the hex of the domain’s own SHA-256, accents and characters beyond the basic plane included', () => {
    for (const text of ['', '{"a":1}', 'Sulfate de morphine 10 mg/ml « ampoule » — 𝄞', 'x'.repeat(100_000)]) {
      expect(sha256OfTextNative(text)).toBe(sha256OfText(text));
    }
  });

  it('verifies a sealed chain as the domain’s own does, and names the same altered event', () => {
    const events = sealedSlice();
    expect(verdicts(events, sha256OfTextNative)).toEqual(verdicts(events));
    const altered = events.map((event, index) => (index === 2 ? ({ ...event, observation: 'ajoutée' } as RegisterEvent) : event));
    expect(verdicts(altered, sha256OfTextNative)[2]).toEqual({ kind: 'hash', seq: 3 });
    expect(verdicts(altered, sha256OfTextNative)).toEqual(verdicts(altered));
  });

  it('is the function the verifier hashes with when it is given one', () => {
    const hashed: string[] = [];
    const [first] = sealedSlice();
    const verdict = verdicts([first!], (text) => {
      hashed.push(text);
      return '0'.repeat(64);
    });
    expect(hashed).toHaveLength(1);
    expect(hashed[0]).not.toContain('"hash"');
    expect(verdict[0]).toEqual({ kind: 'hash', seq: 1 });
  });
});
