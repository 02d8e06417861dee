// @vitest-environment jsdom
// A screen loaded apart from the window's first script: shown through Suspense when chosen
// before its script is there, at once when it is, never mounted twice; and the screens
// loaded one at a time after the opening.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferredScreen, loadInTurn } from '../../../renderer/components/deferred-screen';

/** A screen whose script arrives when the test says so. */
function controlledScreen() {
  let arrive: () => void = () => undefined;
  const loads = vi.fn(
    () =>
      new Promise<(props: { label: string }) => React.JSX.Element>((resolve) => {
        arrive = () => resolve(TypedField);
      }),
  );
  return { deferred: deferredScreen(loads), loads, arrive: () => act(async () => arrive()) };
}

/** What a person types stays while the screen is shown. */
function TypedField({ label }: { label: string }) {
  const [value, setValue] = useState('');
  return <input aria-label={label} value={value} onChange={(event) => setValue(event.target.value)} />;
}

function Shell({ Screen }: { Screen: React.ComponentType<{ label: string }> }) {
  const [renders, setRenders] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setRenders(renders + 1)}>
        redessiner
      </button>
      <Suspense fallback={<p>Chargement du registre…</p>}>
        <Screen label="Quantité" />
      </Suspense>
    </>
  );
}

describe('a deferred screen', () => {
  afterEach(cleanup);

  it('shows the loading line until its script arrives, then the screen', async () => {
    const { deferred, arrive } = controlledScreen();
    render(<Shell Screen={deferred.Screen} />);
    expect(screen.getByText('Chargement du registre…')).toBeTruthy();
    await arrive();
    expect(screen.getByLabelText('Quantité')).toBeTruthy();
    expect(screen.queryByText('Chargement du registre…')).toBeNull();
  });

  it('keeps what was typed when the window draws again after the script arrived', async () => {
    const { deferred, arrive } = controlledScreen();
    render(<Shell Screen={deferred.Screen} />);
    await arrive();
    fireEvent.change(screen.getByLabelText('Quantité'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'redessiner' }));
    expect(screen.getByLabelText<HTMLInputElement>('Quantité').value).toBe('12');
  });

  it('is shown at once, without the loading line, once loaded beforehand', async () => {
    const { deferred, loads, arrive } = controlledScreen();
    const loading = deferred.load();
    await arrive();
    await loading;
    render(<Shell Screen={deferred.Screen} />);
    expect(screen.getByLabelText('Quantité')).toBeTruthy();
    expect(screen.queryByText('Chargement du registre…')).toBeNull();
    expect(loads).toHaveBeenCalledTimes(1);
  });
});

describe('screens loaded in turn', () => {
  afterEach(() => vi.useRealTimers());

  it('loads none before the delay, then one after the other, each once', async () => {
    vi.useFakeTimers();
    const order: string[] = [];
    const pending: (() => void)[] = [];
    const screenNamed = (name: string) => ({
      load: () =>
        new Promise<void>((resolve) => {
          order.push(name);
          pending.push(resolve);
        }),
    });
    loadInTurn([screenNamed('entrées'), screenNamed('sorties')], 1_500);
    await vi.advanceTimersByTimeAsync(1_499);
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    expect(order).toEqual(['entrées']);
    // The second waits for the first to be loaded.
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual(['entrées']);
    pending[0]?.();
    await vi.advanceTimersByTimeAsync(10);
    expect(order).toEqual(['entrées', 'sorties']);
  });

  it('loads nothing more once stopped', async () => {
    vi.useFakeTimers();
    const load = vi.fn(async () => undefined);
    const stop = loadInTurn([{ load }], 1_500);
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).not.toHaveBeenCalled();
  });
});
