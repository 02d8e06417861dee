// The run the set-up screen shows: one at a time, its progress, and a time left measured
// on this run only (the verification before the first page does not count).
import { describe, expect, it } from 'vitest';
import { runRestore, secondsLeft } from '../../../../renderer/features/restore/restore-run';
import { appError, type AppError } from '../../../../shared/errors';
import { err, ok, type Result } from '../../../../shared/result';

describe('secondsLeft', () => {
  it('has no estimate before the first page is in', () => {
    expect(secondsLeft({ done: 0, total: 3_000, from: -1, startedAt: 0 }, 5_000)).toBeNull();
  });

  it('extrapolates the rate of this run, from where it resumed', () => {
    // Resumed at 1 000; 1 000 more in 2 s: 1 000 left take 2 s more.
    expect(secondsLeft({ done: 2_000, total: 3_000, from: 1_000, startedAt: 10_000 }, 12_000)).toBe(2);
  });
});

describe('runRestore', () => {
  it('refuses a second run while one is going, and accepts one again once it has ended', async () => {
    let finish: (value: Result<number, AppError>) => void = () => {};
    const first = runRestore(10, () => new Promise((resolve) => (finish = resolve)));
    expect(await runRestore(10, async () => ok(10))).toBe(false);
    finish(err(appError('restore.shorter')));
    expect(await first).toBe(true);
    expect(await runRestore(10, async () => ok(10))).toBe(true);
  });
});
