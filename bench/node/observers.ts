// What the bench watches in the application's window, installed before its scripts: the
// long tasks of its main thread (PerformanceObserver 'longtask'), when the Stock tab
// first shows every product with its stock and the lots near their expiry, and when it
// shows a receipt recorded elsewhere (`__bench.watch`). Times are the window's own
// (performance.now, from the start of its navigation), or, for a write, the clock every
// page of the origin shares (performance.timeOrigin + now).

export interface WindowObservations {
  longTasks: [start: number, duration: number][];
  stockAt: number | null;
  lotsAt: number | null;
  watch: { lot: string; total: string; at: number | null } | null;
}

export function observersScript(products: number): string {
  return `(() => {
  if (location.pathname.startsWith('/bench/')) return;
  const state = { longTasks: [], stockAt: null, lotsAt: null, watch: null };
  window.__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const look = () => {
    const table = document.querySelector('table[aria-label="Stock actuel"]');
    const rows = table && table.tBodies[0] ? table.tBodies[0].rows : [];
    const total = rows[0] && rows[0].cells[1] ? rows[0].cells[1].textContent : null;
    const lots = document.querySelector('section.quarantine p.empty, section.quarantine table.expiring-table');
    const now = performance.now();
    if (state.stockAt === null && rows.length >= ${products} && total && total !== '0') state.stockAt = now;
    if (state.lotsAt === null && lots) state.lotsAt = now;
    const watch = state.watch;
    if (watch && watch.at === null && total !== watch.total) {
      const listed = [...document.querySelectorAll('section.quarantine table.expiring-table td.strong')].some((cell) => cell.textContent === watch.lot);
      if (listed) watch.at = performance.timeOrigin + now;
    }
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
})();`;
}
