// How editions hands its documents to the drawing lanes (drawing.ts): the ordonnancier
// and the register of all products first, each document once, the bytes back in the
// plan's order; on a failure no more documents are taken, and every lane is closed.
import { describe, expect, it } from 'vitest';
import { drawEditions, drawingOrder, type DrawingAnswer, type DrawingLane } from '../../../electron/cli/commands/editions/drawing';

const plan = [
  { kind: 'period-journal' },
  { kind: 'product-register' },
  { kind: 'product-register' },
  { kind: 'month-balance' },
  { kind: 'dispensations' },
  { kind: 'integrity' },
] as const;

/** A lane that answers each document with its index as its only byte, or fails on `failOn`, after a turn of the event loop. */
function lane(drawn: number[], failOn = -1): DrawingLane & { closed: boolean } {
  const result = {
    closed: false,
    async draw(index: number): Promise<DrawingAnswer> {
      await new Promise((resolve) => setTimeout(resolve, 1));
      drawn.push(index);
      return index === failOn ? { ok: false, failure: { kind: 'failed', reason: 'panne simulée' } } : { ok: true, bytes: Uint8Array.of(index) };
    },
    close() {
      result.closed = true;
    },
  };
  return result;
}

describe('the documents handed to the drawing lanes', () => {
  it('starts with the ordonnancier, then the register of all products, then the plan’s order', () => {
    expect(drawingOrder(plan)).toEqual([4, 0, 1, 2, 3, 5]);
  });

  it('draws each document once across the lanes and gives the bytes in the plan’s order', async () => {
    const first: number[] = [];
    const second: number[] = [];
    const lanes = [lane(first), lane(second)];
    const outcome = await drawEditions(plan, lanes);
    expect(outcome).toEqual({ ok: true, bytes: plan.map((_, index) => Uint8Array.of(index)) });
    expect([...first, ...second].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    // The ordonnancier is drawn alone in its lane while the other takes the next ones.
    expect(first[0]).toBe(4);
    expect(second[0]).toBe(0);
    expect(lanes.every((each) => each.closed)).toBe(true);
  });

  it('stops handing out documents at the first failure, names it, and closes every lane', async () => {
    const drawn: number[] = [];
    const lanes = [lane(drawn, 0), lane(drawn, 0)];
    const outcome = await drawEditions(plan, lanes);
    expect(outcome).toEqual({ ok: false, index: 0, failure: { kind: 'failed', reason: 'panne simulée' } });
    expect(drawn.length).toBeLessThan(plan.length);
    expect(lanes.every((each) => each.closed)).toBe(true);
  });
});
