// Where a scan waits when the screen the person is on cannot take it yet
// (shared/scan/held-scan.ts): the window's shell says which screen shows; the loading
// text holds what is scanned while a screen's script loads; a form holds what is scanned
// before its products are read, and takes the held scan once it can use it.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { heldScans } from '../../../shared/scan/held-scan';

export interface ScreenHeldScan {
  /** Keeps a scan for the screen on show. */
  hold(typed: string): void;
  /** The scan held for the screen on show, once, if it is recent. */
  take(): string | null;
}

function bound(scans: ReturnType<typeof heldScans<string>>, screen: string): ScreenHeldScan {
  return {
    hold: (typed) => scans.hold(screen, typed, performance.now()),
    take: () => scans.take(screen, performance.now()),
  };
}

// A form shown outside the shell (its tests) still holds a scan until its products are read.
const HeldScanContext = createContext<ScreenHeldScan>(bound(heldScans<string>(), 'form'));

/** The screen on show is `screen`; a scan held for it is forgotten once another shows. */
export function HeldScanProvider({ screen, children }: { screen: string; children: ReactNode }) {
  const scans = useMemo(() => heldScans<string>(), []);
  useEffect(() => () => scans.drop(), [scans, screen]);
  const value = useMemo(() => bound(scans, screen), [scans, screen]);
  return <HeldScanContext.Provider value={value}>{children}</HeldScanContext.Provider>;
}

export function useHeldScan(): ScreenHeldScan {
  return useContext(HeldScanContext);
}
