// A scan that arrives while the screen it was meant for cannot take it yet: its script is
// still loading (« Chargement du registre… ») or it is still reading the products. The
// scanner works wherever the focus is, so the person does not wait for the form before
// scanning; the scan is kept and handed to that screen once it can take it, as if it had
// been scanned then. Only the last scan is kept (a scanner scanning twice means the second
// box), only for a few seconds (a box scanned long ago is no longer the one in hand), only
// for the screen the person was on, and it is handed over once.

/** How long a held scan still stands for the box in hand. */
export const HELD_SCAN_KEEP_MS = 5_000;

export interface HeldScans<Screen> {
  /** Keeps what the scanner typed, for `screen`, in place of any scan held before. */
  hold(screen: Screen, typed: string, at: number): void;
  /**
   * What was scanned for `screen` in the last few seconds, once: the scan is forgotten
   * when taken, when too old, and when another screen asks (the person has moved on).
   */
  take(screen: Screen, at: number): string | null;
  /** Forgets the held scan: the person left the screen it was meant for. */
  drop(): void;
}

/** The times are in milliseconds on one monotonic clock (the window's `performance.now()`). */
export function heldScans<Screen>(keepMs = HELD_SCAN_KEEP_MS): HeldScans<Screen> {
  let held: { screen: Screen; typed: string; at: number } | null = null;
  return {
    hold(screen, typed, at) {
      held = { screen, typed, at };
    },
    take(screen, at) {
      const scan = held;
      held = null;
      if (!scan || scan.screen !== screen) return null;
      // A clock that went back is no reason to keep a scan: only its age in [0, keepMs] counts.
      const age = at - scan.at;
      return age >= 0 && age <= keepMs ? scan.typed : null;
    },
    drop() {
      held = null;
    },
  };
}
