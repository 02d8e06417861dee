import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, type RegisterEvent } from '../../../shared/register/events';
import { canonicalJson, hashEvent, sealEvent, type UnsealedEvent } from '../../../shared/register/seal';
import { toMilli } from '../../../shared/register/quantity';

// Keys written in a deliberately scrambled order, with non-ASCII text.
const RECEIPT = {
  type: 'receipt',
  validatedBy: { orderNumber: '10001234567', name: 'Claire Martin' },
  supplier: { profession: 'Grossiste-répartiteur', name: 'Répartiteur Ouest', address: 'ZI de Kerpont' },
  lot: 'L4521',
  seq: 3,
  expiry: '2028-06',
  quantity: toMilli(30_000),
  productId: 'P2',
  recordedAt: '2026-03-10T09:30:00.000Z',
  prevHash: GENESIS_HASH,
  operationDate: '2026-03-02',
  format: 1,
  deliveryRef: 'BL-0311',
} satisfies Omit<Extract<RegisterEvent, { type: 'receipt' }>, 'hash'>;

// RFC 8785: keys sorted by UTF-16 code units at every level, no whitespace, UTF-8 text kept as is.
const CANONICAL =
  '{"deliveryRef":"BL-0311","expiry":"2028-06","format":1,"lot":"L4521","operationDate":"2026-03-02",' +
  `"prevHash":"${GENESIS_HASH}","productId":"P2","quantity":30000,` +
  '"recordedAt":"2026-03-10T09:30:00.000Z","seq":3,' +
  '"supplier":{"address":"ZI de Kerpont","name":"Répartiteur Ouest","profession":"Grossiste-répartiteur"},"type":"receipt",' +
  '"validatedBy":{"name":"Claire Martin","orderNumber":"10001234567"}}';

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('canonicalJson', () => {
  it('writes an event as RFC 8785 canonical JSON, keys sorted at every level', () => {
    expect(canonicalJson(RECEIPT)).toBe(CANONICAL);
  });

  it('refuses a value that has no JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});

describe('hashEvent', () => {
  it('is the SHA-256 of the canonical JSON, in lowercase hex', () => {
    expect(hashEvent(RECEIPT)).toBe(sha256Hex(CANONICAL));
  });

  it('does not depend on the order in which the keys were written', () => {
    const reordered = Object.fromEntries(Object.entries(RECEIPT).reverse()) as UnsealedEvent;
    expect(hashEvent(reordered)).toBe(hashEvent(RECEIPT));
  });

  it('hashes a long text, with characters of every UTF-8 length, then a short one, each on its own bytes', () => {
    const long = { ...RECEIPT, deliveryRef: 'BL-é’😀'.repeat(2_000) };
    expect(hashEvent(long)).toBe(sha256Hex(canonicalJson(long)));
    expect(hashEvent(RECEIPT)).toBe(sha256Hex(CANONICAL));
  });

  it('changes when a single quantity changes', () => {
    const altered = { ...RECEIPT, quantity: toMilli(30_001) };
    expect(hashEvent(altered)).not.toBe(hashEvent(RECEIPT));
  });
});

describe('sealEvent', () => {
  it('adds the hash and keeps every other field', () => {
    expect(sealEvent(RECEIPT)).toEqual({ ...RECEIPT, hash: sha256Hex(CANONICAL) });
  });
});
