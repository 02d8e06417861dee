// Which lines of one product's register are read: a window a few hundred lines wide
// around the rows in view, moved by whole steps as the list scrolls, so that a scroll of
// a few rows reads nothing and a register of a hundred thousand lines reads a page.
// The lines are shown as soon as they are read; their balances follow. A window that
// shares a line with the last one whose balances are known takes them from it at once
// (the balance after a validated line never changes); a jump elsewhere sums the blocks
// between it and the nearer end of the register, the lines already on screen.
import { useCallback, useEffect, useState } from 'react';
import type { MovementEvent } from '../../../shared/register/events';
import type { Milli } from '../../../shared/register/quantity';
import type { LineFilter } from '../../db/register-store';
import { keep, knownBalances, type Balanced } from './known-balances';
import { useRegisterQuery } from '../../db/use-register-query';

/** The window moves by this many lines… */
const STEP = 100;
/** …and spans this many: the rows a screen holds, and a step either side. */
const SPAN = 400;

export interface ShownWindow {
  count: number;
  from: number;
  /** Newest first; a balance not known yet is null (the table says it is being summed). */
  lines: { event: MovementEvent; balance: Milli | null }[];
  correctedBy: ReadonlyMap<number, number>;
}

/** What names a product and its filter, to start from the newest line when either changes. */
const viewOf = (productId: string | null, filter: LineFilter) => `${productId ?? ''}|${filter.firstDay ?? ''}|${filter.lastDay ?? ''}|${filter.kind ?? ''}`;

export function useProductWindow(
  productId: string | null,
  filter: LineFilter = {},
): {
  window: ShownWindow | null;
  /** Whether the balances of the lines shown are still being summed. */
  summing: boolean;
  onRange: (first: number, last: number) => void;
} {
  const view = viewOf(productId, filter);
  const [range, setRange] = useState({ view, from: 0 });
  // Another product, or another filter, opens on its newest lines.
  const from = range.view === view ? range.from : 0;
  const read = useRegisterQuery(
    async (store) => (productId === null ? null : { view, window: await store.productRegisterWindow(productId, from, from + SPAN, filter) }),
    // The filter is in `view`.
    [view, from],
  );
  const onRange = useCallback(
    (first: number, last: number) =>
      setRange((current) => {
        const start = current.view === view ? current.from : 0;
        if (first >= start && last < start + SPAN) return current.view === view ? current : { view, from: start };
        return { view, from: Math.max(0, Math.floor(first / STEP) * STEP - STEP) };
      }),
    [view],
  );
  // While the next window is read, the last one stays on screen (of this product and filter only).
  const window = read && read.view === view ? read.window : null;
  const [balanced, setBalanced] = useState<Balanced | null>(null);
  const [, setFailure] = useState<unknown>(null);
  const adjacent = !filter.firstDay && !filter.lastDay && !filter.kind;
  const fromKnown = window && productId ? knownBalances(window, balanced, productId, adjacent) : null;
  // The balances taken from the last window become the ones the next window takes from:
  // scrolling step by step never sums again.
  const newest = window?.events[0]?.seq;
  const oldest = window?.events.at(-1)?.seq;
  const kept = newest !== undefined && oldest !== undefined && balanced?.bySeq.has(newest) === true && balanced.bySeq.has(oldest);
  useEffect(() => {
    if (window && productId && fromKnown && window.events.length > 0 && !kept) setBalanced(keep(window, productId, fromKnown));
  }, [window, productId, fromKnown, kept]);
  useEffect(() => {
    if (!window || !productId || fromKnown) return undefined;
    let current = true;
    window.balances().then(
      (balances) => {
        if (current) setBalanced(keep(window, productId, balances));
      },
      // A failed read reaches the screen's error boundary, as a failed read of the lines does.
      (error: unknown) =>
        setFailure(() => {
          throw error;
        }),
    );
    return () => {
      current = false;
    };
    // Summed once per window read; once its balances are known, nothing more is read.
  }, [window, productId, fromKnown === null]);
  if (!window) return { window: null, summing: false, onRange };
  return {
    window: {
      count: window.count,
      from: window.from,
      lines: window.events.map((event, index) => ({ event, balance: fromKnown?.[index] ?? null })),
      correctedBy: window.correctedBy,
    },
    summing: fromKnown === null && window.events.length > 0,
    onRange,
  };
}
