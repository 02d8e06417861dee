import { describe, expect, it } from 'vitest';
import { decideDraft } from '../../fixtures/register';
import { dispensationDraft, emptyContext, on, openedContext, openingDraft, receiptDraft, TODAY } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';

describe('validateDraft: operation date', () => {
  it.each(['2026-02-30', '02/03/2026', '2026-3-2', '2026-03-02T10:00', ''])('refuses the malformed date %j', (day) => {
    expect(refusal(decideDraft(on(day, receiptDraft()), openedContext()))).toEqual({ code: 'date.malformed', field: 'operationDate' });
  });

  it('refuses a date after today', () => {
    expect(refusal(decideDraft(on('2026-03-11', receiptDraft()), openedContext()))).toEqual({ code: 'date.inFuture', field: 'operationDate' });
  });

  it('refuses an opening dated after today', () => {
    expect(refusal(decideDraft(on('2026-03-11', openingDraft()), emptyContext()))).toEqual({ code: 'date.inFuture', field: 'operationDate' });
  });

  it('accepts an operation dated today', () => {
    expect(accepted(decideDraft(on(TODAY, receiptDraft()), openedContext())).operationDate).toBe(TODAY);
  });
});

describe('validateDraft: nothing is dated before the opening', () => {
  const context = openedContext({ openedOn: '2026-03-02' });

  it('refuses an operation dated the day before the opening, naming the opening day', () => {
    expect(refusal(decideDraft(on('2026-03-01', receiptDraft()), context))).toEqual({
      code: 'date.beforeOpening',
      field: 'operationDate',
      params: { openedOn: '2026-03-02' },
    });
  });

  it('accepts an operation dated the day of the opening', () => {
    expect(accepted(decideDraft(on('2026-03-02', receiptDraft()), context)).operationDate).toBe('2026-03-02');
  });
});

describe('validateDraft: a closed month is never reopened', () => {
  const context = openedContext({ openedOn: '2025-11-03', closedThrough: '2026-02' });

  it.each([
    ['on the last day of the closed month', '2026-02-28'],
    ['on the first day of the closed month', '2026-02-01'],
    ['in a month before it', '2026-01-15'],
    ['in an earlier year', '2025-12-31'],
  ])('refuses an operation dated %s, naming the last closed month', (_when, day) => {
    expect(refusal(decideDraft(on(day, dispensationDraft()), context))).toEqual({
      code: 'date.inClosedMonth',
      field: 'operationDate',
      params: { month: '2026-02' },
    });
  });

  it('accepts an operation dated the first day after the closed month', () => {
    expect(accepted(decideDraft(on('2026-03-01', dispensationDraft()), context)).operationDate).toBe('2026-03-01');
  });
});
