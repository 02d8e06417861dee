// @vitest-environment jsdom
// A box scanned before the screen can read it: while its script loads (the loading line
// listens) or before its products are read (the form holds it). The form reads it once it
// can, once; a scan held for one screen is never read by another.
import { act, cleanup, render } from '@testing-library/react';
import { lazy, Suspense, type ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeldScanProvider } from '../../../../renderer/features/scan/held-scan-context';
import { ScreenLoading } from '../../../../renderer/features/scan/ScreenLoading';
import { useBoxScan } from '../../../../renderer/features/scan/use-box-scan';
import { productSummary, SKENAN_CIP } from '../../../fixtures/product-summary';

const CIP = SKENAN_CIP;
const SKENAN = productSummary();

/** What a keyboard-wedge scanner sends: the characters at once, then Enter. */
function scan(code: string) {
  act(() => {
    for (const key of [...code, 'Enter']) document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

/** A box form whose products are read (`ready`) or not yet. */
function BoxForm({ ready, onProduct }: { ready: boolean; onProduct: (productId: string) => void }) {
  useBoxScan({ products: ready ? [SKENAN] : [], ready, onProduct, onNoProduct: () => undefined });
  return <p>formulaire</p>;
}

/** A screen whose script arrives when the test says so. */
function loadingScreen() {
  let arrive: (screen: ComponentType) => void = () => undefined;
  const Screen = lazy(() => new Promise<{ default: ComponentType }>((resolve) => (arrive = (screen) => resolve({ default: screen }))));
  return { Screen, arrive: (screen: ComponentType) => act(async () => arrive(screen)) };
}

describe('a box scanned before the screen can read it', () => {
  afterEach(cleanup);

  it('is read by the form once its products are read, once', () => {
    const onProduct = vi.fn();
    const view = render(
      <HeldScanProvider screen="entries">
        <BoxForm ready={false} onProduct={onProduct} />
      </HeldScanProvider>,
    );
    scan(CIP);
    expect(onProduct).not.toHaveBeenCalled();
    view.rerender(
      <HeldScanProvider screen="entries">
        <BoxForm ready onProduct={onProduct} />
      </HeldScanProvider>,
    );
    expect(onProduct).toHaveBeenCalledTimes(1);
    expect(onProduct).toHaveBeenCalledWith('p1', expect.objectContaining({ cip13: CIP }));
    // Drawn again, or its products read again: the held scan is not read a second time.
    view.rerender(
      <HeldScanProvider screen="entries">
        <BoxForm ready={false} onProduct={onProduct} />
      </HeldScanProvider>,
    );
    view.rerender(
      <HeldScanProvider screen="entries">
        <BoxForm ready onProduct={onProduct} />
      </HeldScanProvider>,
    );
    expect(onProduct).toHaveBeenCalledTimes(1);
  });

  it('is kept by the loading line and read by the screen once it has loaded', async () => {
    const onProduct = vi.fn();
    const { Screen, arrive } = loadingScreen();
    const view = render(
      <HeldScanProvider screen="entries">
        <Suspense fallback={<ScreenLoading />}>
          <Screen />
        </Suspense>
      </HeldScanProvider>,
    );
    expect(view.getByText('Chargement du registre…')).toBeTruthy();
    scan(CIP);
    await arrive(() => <BoxForm ready onProduct={onProduct} />);
    expect(view.getByText('formulaire')).toBeTruthy();
    expect(onProduct).toHaveBeenCalledTimes(1);
  });

  it('is not read by the screen the person went to instead, nor by the first one on coming back', async () => {
    for (const elsewhere of [<p key="register">registre</p>, <BoxForm key="stock" ready onProduct={vi.fn()} />]) {
      const onProduct = vi.fn();
      const { Screen } = loadingScreen();
      const view = render(
        <HeldScanProvider screen="entries">
          <Suspense fallback={<ScreenLoading />}>
            <Screen />
          </Suspense>
        </HeldScanProvider>,
      );
      scan(CIP);
      view.rerender(<HeldScanProvider screen="other">{elsewhere}</HeldScanProvider>);
      view.rerender(
        <HeldScanProvider screen="entries">
          <BoxForm ready onProduct={onProduct} />
        </HeldScanProvider>,
      );
      await act(async () => undefined);
      expect(onProduct).not.toHaveBeenCalled();
      if (elsewhere.key === 'stock') expect((elsewhere.props as { onProduct: () => void }).onProduct).not.toHaveBeenCalled();
      view.unmount();
    }
  });
});
