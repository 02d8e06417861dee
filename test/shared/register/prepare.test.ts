import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, type Validator } from '../../../shared/register/events';
import { productIdFor, type Sealing } from '../../../shared/register/prepare';
import { hashEvent } from '../../../shared/register/seal';
import { emptyContext, HOLDER, on, openedContext, openingDraft, productDraft, receiptDraft } from '../../fixtures/drafts';
import { prepareIn } from '../../fixtures/register';
import { accepted, refusal } from '../../fixtures/result';

const PHARMACIST = { name: 'Louis Bernard', orderNumber: '10009876543' };
const PHARMACIST_AS_LISTED: Validator = { ...PHARMACIST, role: 'Pharmacien adjoint' };
const team = () => openedContext({ validators: [PHARMACIST_AS_LISTED] });
const HEAD = { seq: 7, hash: 'ab'.repeat(32) };
const RECORDED_AT = new Date('2026-03-10T14:05:06.789Z');

function sealing(overrides: Partial<Sealing> = {}): Sealing {
  return { head: HEAD, recordedAt: RECORDED_AT, ...overrides };
}

describe('prepareEvent', () => {
  it('numbers the first event 1 and links it to the genesis hash', () => {
    const event = accepted(prepareIn(openingDraft(), emptyContext(), sealing({ head: null })));
    expect(event).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, format: 1 });
  });

  it('numbers a later event after the head and links it to the head hash', () => {
    const event = accepted(prepareIn(receiptDraft(), openedContext(), sealing()));
    expect(event).toMatchObject({ seq: 8, prevHash: HEAD.hash });
  });

  it('assigns a product the id P<seq> of its definition', () => {
    expect(productIdFor(12)).toBe('P12');
    const event = accepted(prepareIn(productDraft(), openedContext(), sealing()));
    expect(event).toMatchObject({ type: 'product.defined', productId: 'P8' });
  });

  it('has the opening validated by its own holder, whoever the draft names', () => {
    const event = accepted(prepareIn({ ...openingDraft(), validatedBy: PHARMACIST.orderNumber }, emptyContext(), sealing({ head: null })));
    expect(event.validatedBy).toEqual(HOLDER);
  });

  it('has a later event validated by the person the draft names', () => {
    const event = accepted(prepareIn({ ...receiptDraft(), validatedBy: PHARMACIST.orderNumber }, team(), sealing()));
    expect(event.validatedBy).toEqual(PHARMACIST);
  });

  it('has a later event validated by the holder when the draft names no one', () => {
    const event = accepted(prepareIn(receiptDraft(), team(), sealing()));
    expect(event.validatedBy).toEqual(HOLDER);
  });

  it('stamps the machine time and keeps the chosen operation date', () => {
    const event = accepted(prepareIn(on('2026-03-05', receiptDraft()), openedContext(), sealing()));
    expect(event).toMatchObject({ recordedAt: '2026-03-10T14:05:06.789Z', operationDate: '2026-03-05' });
  });

  it('seals the event with the hash of everything else in it', () => {
    const { hash, ...unsealed } = accepted(prepareIn(receiptDraft(), openedContext(), sealing()));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashEvent(unsealed));
  });

  it('stores the validated, trimmed body rather than the draft as typed', () => {
    const event = accepted(prepareIn(openingDraft({ registerId: ' REG-9 ' }), emptyContext(), sealing({ head: null })));
    expect(event).toMatchObject({ type: 'register.opened', registerId: 'REG-9' });
  });

  it('passes a refusal through without sealing anything', () => {
    expect(refusal(prepareIn(on('2026-03-11', receiptDraft()), openedContext(), sealing()))).toEqual({
      code: 'date.inFuture',
      field: 'operationDate',
    });
  });
});

describe('prepareEvent: the observations column', () => {
  it('keeps the observation on the sealed event, trimmed', () => {
    const event = accepted(prepareIn({ ...receiptDraft(), observation: '  livré avec retard ' }, openedContext(), sealing()));
    expect(event.observation).toBe('livré avec retard');
  });

  it.each(['', '   ', undefined])('records no observation when it is %j', (observation) => {
    const event = accepted(prepareIn({ ...receiptDraft(), observation }, openedContext(), sealing()));
    expect(event).not.toHaveProperty('observation');
  });

  it('refuses an observation longer than 300 characters', () => {
    expect(refusal(prepareIn({ ...receiptDraft(), observation: 'x'.repeat(301) }, openedContext(), sealing()))).toEqual({
      code: 'field.tooLong',
      field: 'observation',
      params: { label: 'observation', max: '300' },
    });
  });

  it('accepts an observation of exactly 300 characters', () => {
    expect(accepted(prepareIn({ ...receiptDraft(), observation: 'x'.repeat(300) }, openedContext(), sealing())).observation).toHaveLength(300);
  });
});
