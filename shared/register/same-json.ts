// Whether two values would be written the same in canonical JSON (RFC 8785, seal.ts),
// without writing them: the replay compares every field of every event it re-derives
// (replay.ts), and serialising both sides of each comparison was a large share of a
// journal's verification. Canonical JSON leaves out the members whose value is
// undefined and writes an undefined array element as null; so does this.

type Json = Record<string, unknown>;

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && sameArray(a, b);
  if (Array.isArray(b)) return false;
  return sameMembers(a as Json, b as Json);
}

function sameArray(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (!sameJson(a[index] ?? null, b[index] ?? null)) return false;
  return true;
}

function sameMembers(a: Json, b: Json): boolean {
  let members = 0;
  for (const key of Object.keys(a)) {
    const value = a[key];
    if (value === undefined) continue;
    members += 1;
    if (!Object.hasOwn(b, key) || !sameJson(value, b[key])) return false;
  }
  for (const key of Object.keys(b)) if (b[key] !== undefined) members -= 1;
  return members === 0;
}
