// Expected failures cross layers as data; bugs throw.
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** Called from `default:` branches so that the compiler proves every case is handled. */
export function missingCaseError(value: never): Error {
  return new Error(`Cas non prévu : ${JSON.stringify(value)}`);
}
