// The two halves of a whole check give the verdict of a single pass (first-fault.ts).
import { describe, expect, it } from 'vitest';
import { appError } from '../../../../shared/errors';
import type { PagesFault, PagesVerdict } from '../../../../renderer/features/integrity/check-pages';
import { firstFault } from '../../../../renderer/features/integrity/first-fault';

const sound: PagesVerdict = { ok: true, events: 12, head: { seq: 12, hash: 'a'.repeat(64) }, state: {} as never };
const hashAt = (seq: number): PagesFault => ({ ok: false, error: appError('integrity.hash', undefined, { seq: String(seq) }), at: seq });
const gapAt = (seq: number): PagesFault => ({
  ok: false,
  error: appError('integrity.gap', undefined, { seq: String(seq), expected: String(seq - 1) }),
  at: seq,
});
const ruleAt = (seq: number): PagesFault => ({
  ok: false,
  error: appError('integrity.rule', undefined, { where: 'Registre', seq: String(seq), message: 'Stock insuffisant' }),
  at: seq,
});
const stateRow: PagesFault = { ok: false, error: appError('integrity.rule', undefined, { where: 'État', seq: '12', message: 'différent' }) };

describe('firstFault: where a single pass would have stopped', () => {
  it('keeps the rules half’s summary when both halves found nothing', () => {
    expect(firstFault({ ok: true, events: 12 }, sound)).toBe(sound);
  });

  it('names the fault of whichever half found one', () => {
    expect(firstFault(hashAt(7), sound)).toEqual(hashAt(7));
    expect(firstFault({ ok: true, events: 12 }, ruleAt(5))).toEqual(ruleAt(5));
  });

  it('names the earlier event when both found a fault', () => {
    expect(firstFault(hashAt(9), ruleAt(4))).toEqual(ruleAt(4));
    expect(firstFault(hashAt(3), ruleAt(4))).toEqual(hashAt(3));
  });

  it('names the chain before the rules on the same event, as a single pass checks it first', () => {
    expect(firstFault(hashAt(6), ruleAt(6))).toEqual(hashAt(6));
    expect(firstFault(hashAt(6), gapAt(6))).toEqual(hashAt(6));
  });

  it('puts the state row after every event', () => {
    expect(firstFault(hashAt(12), stateRow)).toEqual(hashAt(12));
  });
});
