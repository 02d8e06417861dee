import { describe, expect, it } from 'vitest';
import { isWedgeBurst, MAX_SCAN_MEDIAN_MS, MAX_SCAN_PAUSE_MS, MIN_SCAN_LENGTH } from '../../../shared/scan/wedge-burst';

/** `count` keys `gap` milliseconds apart, from `from`. */
function keys(count: number, gap: number, from = 1000): number[] {
  return Array.from({ length: count }, (_, index) => from + index * gap);
}

function last(times: readonly number[]): number {
  return times.at(-1) ?? 0;
}

describe('isWedgeBurst', () => {
  it('recognises a CIP13 typed a few milliseconds apart, then Enter', () => {
    const times = keys(13, 4);
    expect(isWedgeBurst(times, last(times) + 4)).toBe(true);
  });

  it('recognises a long DataMatrix at the slowest median pace of a scanner', () => {
    const times = keys(45, MAX_SCAN_MEDIAN_MS);
    expect(isWedgeBurst(times, last(times) + MAX_SCAN_MEDIAN_MS)).toBe(true);
  });

  it('recognises a scan that a busy computer held back for a moment', () => {
    const times = [...keys(5, 5), ...keys(20, 5, 1020 + MAX_SCAN_PAUSE_MS)];
    expect(isWedgeBurst(times, last(times) + 5)).toBe(true);
  });

  it('does not take a person typing a CIP13 for a scan, even a fast one', () => {
    const times = keys(13, MAX_SCAN_MEDIAN_MS * 2);
    expect(isWedgeBurst(times, last(times) + 100)).toBe(false);
  });

  it('does not take a fast burst shorter than a CIP13 for a scan (a quantity, a word)', () => {
    const times = keys(MIN_SCAN_LENGTH - 1, 5);
    expect(isWedgeBurst(times, last(times) + 5)).toBe(false);
  });

  it('does not take a fast burst followed, after a pause, by Enter for a scan', () => {
    const times = keys(20, 5);
    expect(isWedgeBurst(times, last(times) + MAX_SCAN_PAUSE_MS + 1)).toBe(false);
  });

  it('does not take a burst with a long pause inside for a scan', () => {
    const times = [...keys(10, 5), ...keys(10, 5, 2000)];
    expect(isWedgeBurst(times, last(times) + 5)).toBe(false);
  });

  it('does not take mostly slow keys with a few fast ones for a scan', () => {
    const times = [...keys(8, 150), ...keys(6, 5, 3000)];
    expect(isWedgeBurst(times, last(times) + 150)).toBe(false);
  });
});

describe('isWedgeBurst with a shorter code awaited', () => {
  it('recognises a delivery note of eight characters when the form says it waits for one', () => {
    const times = keys(8, 4);
    expect(isWedgeBurst(times, last(times) + 4)).toBe(false);
    expect(isWedgeBurst(times, last(times) + 4, 8)).toBe(true);
  });
});
