// The values a movement form starts from when a correction enters the reversed line again
// (CorrectedEntry.tsx): typed text keyed as the form keys its values.
export type StartingValues = Partial<Record<string, string>>;

/**
 * The starting values as the form's own, typed as adding no key: each form declares the
 * keys it has, and values it lacks are never read.
 */
export function startingFrom(values: StartingValues): object {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The props of a form a correction can start: the screens hand every form their establishment's kind. */
export interface StartingProps {
  initial?: StartingValues;
  establishmentKind?: unknown;
}
