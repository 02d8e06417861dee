// @vitest-environment jsdom
// The submit path shared by the forms: "saving" while the act runs, the refusal shown as
// the error, the acceptance shown as the success, and a second submit while the first is
// under way sends nothing.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAction } from '../../../renderer/components/use-action';
import { appError, type AppError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';

/** An act that answers only when the test says so. */
function held<T>() {
  let answer: (result: Result<T, AppError>) => void = () => undefined;
  const promise = new Promise<Result<T, AppError>>((resolve) => {
    answer = resolve;
  });
  return { perform: () => promise, answer };
}

const REFUSAL = appError('field.required', 'method', { label: 'Méthode' });

describe('useAction', () => {
  it('is saving while the act runs, and no longer once it has answered', async () => {
    const { result } = renderHook(() => useAction());
    const pending = held<number>();
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run(pending.perform);
    });
    expect(result.current.saving).toBe(true);
    await act(async () => {
      pending.answer(ok(1));
      await running;
    });
    expect(result.current.saving).toBe(false);
  });

  it('shows the refusal of a refused act as the error, without a success', async () => {
    const { result } = renderHook(() => useAction());
    await act(() =>
      result.current.run(
        async () => ok(7),
        () => 'Enregistré.',
      ),
    );
    expect(result.current.success).toBe('Enregistré.');
    await act(() =>
      result.current.run(
        async () => err(REFUSAL),
        () => 'jamais',
      ),
    );
    expect(result.current.error).toEqual(REFUSAL);
    expect(result.current.success).toBeNull();
  });

  it('shows what an accepted act returns as the success, and clears an earlier error', async () => {
    const { result } = renderHook(() => useAction());
    act(() => result.current.refuse(REFUSAL));
    expect(result.current.error).toEqual(REFUSAL);
    await act(() =>
      result.current.run(
        async () => ok(42),
        (seq) => `Enregistré sous le n° ${seq}.`,
      ),
    );
    expect(result.current.error).toBeNull();
    expect(result.current.success).toBe('Enregistré sous le n° 42.');
  });

  it('ignores a second submit while the first is under way', async () => {
    const { result } = renderHook(() => useAction());
    const first = held<string>();
    let performed = 0;
    const perform = () => {
      performed += 1;
      return first.perform();
    };
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run(perform, (value) => value);
    });
    await act(() => result.current.run(perform, () => 'second'));
    expect(performed).toBe(1);
    expect(result.current.saving).toBe(true);
    await act(async () => {
      first.answer(ok('premier'));
      await running;
    });
    expect(result.current.success).toBe('premier');
    // Once answered, the form may submit again.
    await act(() =>
      result.current.run(
        async () => ok('encore'),
        (value) => value,
      ),
    );
    expect(result.current.success).toBe('encore');
  });

  it('announces a success given by a part of the form that recorded on its own', () => {
    const { result } = renderHook(() => useAction());
    act(() => result.current.announce('Dossier annulé.'));
    expect(result.current.success).toBe('Dossier annulé.');
  });
});
