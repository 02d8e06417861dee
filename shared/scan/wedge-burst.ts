// A keyboard-wedge scanner types like a keyboard, so the window tells a scan from typing
// by its pace and its shape: a person leaves a tenth of a second or more between keys, a
// scanner a few milliseconds; a box code is at least a CIP13 (13 characters) and the
// scanner ends it with Enter. A busy computer may hold a few keys back for a moment, so
// the pace is judged on the median pause, and only a long pause ends a burst. The
// timestamps are the key events' own, in milliseconds.

/** A pause this long ends a burst: what comes after it is a new one. */
export const MAX_SCAN_PAUSE_MS = 300;

/** The median pause between the keys of a scan. The fastest typist leaves twice as long. */
export const MAX_SCAN_MEDIAN_MS = 40;

/** The shortest box code, a CIP13 or an EAN-13. */
export const MIN_SCAN_LENGTH = 13;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Whether characters typed at these times, then Enter at `enterAt`, were a scan. A form
 * that waits for a shorter code (a delivery note's number) says so with `shortest`.
 */
export function isWedgeBurst(times: readonly number[], enterAt: number, shortest = MIN_SCAN_LENGTH): boolean {
  if (times.length < shortest) return false;
  const all = [...times, enterAt];
  const pauses = all.slice(1).map((time, index) => time - (all[index] ?? time));
  return pauses.every((pause) => pause <= MAX_SCAN_PAUSE_MS) && median(pauses) <= MAX_SCAN_MEDIAN_MS;
}
