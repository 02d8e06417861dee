// What a form keeps while the window stays open, whichever tab is shown: a tab that is
// left unmounts its form, and the supplier of a delivery being entered must not be typed
// again on coming back. Nothing here reaches the register or the disk; it is what was
// typed, not what was recorded.
const kept = new Map<string, Readonly<Record<string, string>>>();

/** The values a form kept under `form`, or nothing. */
export function keptValues(form: string): Readonly<Record<string, string>> {
  return kept.get(form) ?? {};
}

/** Keeps these values of `form` until the window closes (or the next call). */
export function keepValues(form: string, values: Readonly<Record<string, string>>): void {
  kept.set(form, values);
}
