import { describe, expect, it } from 'vitest';
import { createChainVerifier, verifyChain } from '../../../shared/register/chain';
import { toMilli } from '../../../shared/register/quantity';
import type { RegisterEvent } from '../../../shared/register/events';
import { reseal, sealedSlice } from '../../fixtures/events';

/** Copies a sealed event with one field changed, leaving its hash as it was. */
function tampered(event: RegisterEvent, change: Record<string, unknown>): RegisterEvent {
  return { ...event, ...change } as RegisterEvent;
}

describe('verifyChain', () => {
  it('finds nothing wrong in a chain sealed link by link', () => {
    expect(verifyChain(sealedSlice())).toBeNull();
  });

  it('finds nothing wrong in an empty register', () => {
    expect(verifyChain([])).toBeNull();
  });

  it('names an event whose quantity was altered after sealing', () => {
    const events = sealedSlice();
    events[2] = tampered(events[2]!, { quantity: toMilli(300_000) });
    expect(verifyChain(events)).toEqual({ kind: 'hash', seq: 3 });
  });

  it('names the next event when an altered event was sealed again', () => {
    const events = sealedSlice();
    events[2] = reseal(events[2]!, { quantity: toMilli(300_000) });
    expect(verifyChain(events)).toEqual({ kind: 'prevHash', seq: 4 });
  });

  it('names an event relinked to another predecessor', () => {
    const events = sealedSlice();
    events[2] = reseal(events[2]!, { prevHash: events[0]!.hash });
    expect(verifyChain(events)).toEqual({ kind: 'prevHash', seq: 3 });
  });

  it('requires the first event to follow the genesis hash', () => {
    const events = sealedSlice();
    events[0] = reseal(events[0]!, { prevHash: 'f'.repeat(64) });
    expect(verifyChain(events)).toEqual({ kind: 'prevHash', seq: 1 });
  });

  it('names the event after a missing one, with the number that was expected', () => {
    const [opening, , receipt, dispensation] = sealedSlice();
    expect(verifyChain([opening!, receipt!, dispensation!])).toEqual({ kind: 'gap', seq: 3, expectedSeq: 2 });
  });

  it('reports a register that does not start at 1 as a gap', () => {
    expect(verifyChain(sealedSlice().slice(1))).toEqual({ kind: 'gap', seq: 2, expectedSeq: 1 });
  });

  it('reports only the first break', () => {
    const events = sealedSlice();
    events[1] = tampered(events[1]!, { productId: 'P9' });
    events[3] = tampered(events[3]!, { quantity: toMilli(1) });
    expect(verifyChain(events)).toEqual({ kind: 'hash', seq: 2 });
  });
});

describe('createChainVerifier', () => {
  it('checks events one at a time as they stream in', () => {
    const verifier = createChainVerifier();
    const [opening, product, receipt] = sealedSlice();
    expect(verifier.next(opening!)).toBeNull();
    expect(verifier.next(product!)).toBeNull();
    expect(verifier.next(tampered(receipt!, { supplier: { name: 'Autre', address: '' } }))).toEqual({ kind: 'hash', seq: 3 });
  });
});
