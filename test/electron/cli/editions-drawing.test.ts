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
    const there: number[] = [];
    const here: number[] = [];
    const lanes = [lane(there), lane(here)];
    const outcome = await drawEditions(plan, [lanes[0]!], lanes[1]!);
    expect(outcome).toEqual({ ok: true, bytes: plan.map((_, index) => Uint8Array.of(index)) });
    expect([...there, ...here].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    // The other thread starts with the ordonnancier, this one with the register of all
    // products, then takes the small ones from the end of the plan.
    expect(there[0]).toBe(4);
    expect(here.slice(0, 2)).toEqual([0, 5]);
    expect(lanes.every((each) => each.closed)).toBe(true);
  });

  it('draws everything here when no other thread draws', async () => {
    const here: number[] = [];
    const only = lane(here);
    expect(await drawEditions(plan, [], only)).toMatchObject({ ok: true });
    expect(here).toEqual([4, 5, 3, 2, 1, 0]);
    expect(only.closed).toBe(true);
  });

  it('stops handing out documents at the first failure, names it, and closes every lane', async () => {
    const drawn: number[] = [];
    const lanes = [lane(drawn, 4), lane(drawn, 4)];
    const outcome = await drawEditions(plan, [lanes[0]!], lanes[1]!);
    expect(outcome).toEqual({ ok: false, index: 4, failure: { kind: 'failed', reason: 'panne simulée' } });
    expect(drawn.length).toBeLessThan(plan.length);
    expect(lanes.every((each) => each.closed)).toBe(true);
  });
});
