// Which lines of one product's register are read: a window a few hundred lines wide
// around the rows in view, moved by whole steps as the list scrolls, so that a scroll of
// a few rows reads nothing and a register of a hundred thousand lines reads a page.
import { useCallback, useState } from 'react';
import type { ProductRegisterWindow } from '../../db/register-store';
import { useRegisterQuery } from '../../db/use-register-query';

/** The window moves by this many lines… */
const STEP = 100;
/** …and spans this many: the rows a screen holds, and a step either side. */
const SPAN = 400;

export function useProductWindow(productId: string | null): { window: ProductRegisterWindow | null; onRange: (first: number, last: number) => void } {
  const [range, setRange] = useState({ productId, from: 0 });
  // Another product opens on its newest lines.
  const from = range.productId === productId ? range.from : 0;
  const read = useRegisterQuery(
    async (store) => (productId === null ? null : { productId, window: await store.productRegisterWindow(productId, from, from + SPAN) }),
    [productId, from],
  );
  const onRange = useCallback(
    (first: number, last: number) =>
      setRange((current) => {
        const start = current.productId === productId ? current.from : 0;
        if (first >= start && last < start + SPAN) return current.productId === productId ? current : { productId, from: start };
        return { productId, from: Math.max(0, Math.floor(first / STEP) * STEP - STEP) };
      }),
    [productId],
  );
  // While the next window is read, the last one stays on screen (of this product only).
  return { window: read && read.productId === productId ? read.window : null, onRange };
}
