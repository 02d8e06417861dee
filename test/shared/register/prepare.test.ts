import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, JOURNAL_FORMAT } from '../../../shared/register/events';
import { prepareEvent, productIdFor, type Sealing } from '../../../shared/register/prepare';
import { hashEvent } from '../../../shared/register/seal';
import {
  emptyContext,
  HOLDER,
  on,
  openedContext,
  openingDraft,
  productDraft,
  receiptDraft,
} from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';

const PHARMACIST = { name: 'Louis Bernard', orderNumber: '10009876543' };
const HEAD = { seq: 7, hash: 'ab'.repeat(32) };
const RECORDED_AT = new Date('2026-03-10T14:05:06.789Z');

function sealing(overrides: Partial<Sealing> = {}): Sealing {
  return { head: HEAD, recordedAt: RECORDED_AT, validatedBy: PHARMACIST, ...overrides };
}

describe('prepareEvent', () => {
  it('numbers the first event 1 and links it to the genesis hash', () => {
    const event = accepted(prepareEvent(openingDraft(), emptyContext(), sealing({ head: null })));
    expect(event).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, format: JOURNAL_FORMAT });
  });

  it('numbers a later event after the head and links it to the head hash', () => {
    const event = accepted(prepareEvent(receiptDraft(), openedContext(), sealing()));
    expect(event).toMatchObject({ seq: 8, prevHash: HEAD.hash });
  });

  it('assigns a product the id P<seq> of its definition', () => {
    expect(productIdFor(12)).toBe('P12');
    const event = accepted(prepareEvent(productDraft(), openedContext(), sealing()));
    expect(event).toMatchObject({ type: 'product.defined', productId: 'P8' });
  });

  it('has the opening validated by its own holder, not by the sealing practitioner', () => {
    const event = accepted(prepareEvent(openingDraft(), emptyContext(), sealing({ head: null })));
    expect(event.validatedBy).toEqual(HOLDER);
  });

  it('has every later event validated by the practitioner who seals it', () => {
    const event = accepted(prepareEvent(receiptDraft(), openedContext(), sealing()));
    expect(event.validatedBy).toEqual(PHARMACIST);
  });

  it('stamps the machine time and keeps the chosen operation date', () => {
    const event = accepted(prepareEvent(on('2026-03-01', receiptDraft()), openedContext(), sealing()));
    expect(event).toMatchObject({ recordedAt: '2026-03-10T14:05:06.789Z', operationDate: '2026-03-01' });
  });

  it('seals the event with the hash of everything else in it', () => {
    const { hash, ...unsealed } = accepted(prepareEvent(receiptDraft(), openedContext(), sealing()));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashEvent(unsealed));
  });

  it('stores the validated, trimmed body rather than the draft as typed', () => {
    const event = accepted(prepareEvent(openingDraft({ registerId: ' REG-9 ' }), emptyContext(), sealing({ head: null })));
    expect(event).toMatchObject({ type: 'register.opened', registerId: 'REG-9' });
  });

  it('passes a refusal through without sealing anything', () => {
    expect(refusal(prepareEvent(on('2026-03-11', receiptDraft()), openedContext(), sealing()))).toEqual({
      code: 'date.inFuture',
      field: 'operationDate',
    });
  });
});
