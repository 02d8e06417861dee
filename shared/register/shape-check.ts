// Shape checks compiled to plain functions. Every sealed event read from outside is checked
// against the shape of its type before any rule reads it (event-schemas.ts): a million
// events per check of the whole register. A schema library builds, for each value, a
// parse result, an issue list and a copy of the object; this only answers where the
// first fault is. The accepted values are the same as the schema library's own for the
// same declarations (test/shared/register/shape-check.test.ts checks the two side by side),
// and nothing is built when the window starts, only when a check is first made.

/** Where the first fault is, as the keys from the checked value down to it; empty: the value itself. */
export type FaultPath = readonly (string | number)[];

export interface Shape {
  /** The first fault of the value, or null when it fits. */
  readonly check: (value: unknown) => FaultPath | null;
  /** An optional member may be absent or undefined. */
  readonly optional: boolean;
  /** The values a fixed list accepts: how a union finds an option by its tag. */
  readonly values?: readonly unknown[];
}

/** The combinators a shape is declared with: the compiled ones here, or a schema library's in the tests. */
export interface ShapeBuilder<S> {
  text(): S;
  /** A whole number within the range of exact integers (`Number.isSafeInteger`). */
  integer(): S;
  /** A whole number within the exact range, above zero. */
  positiveInteger(): S;
  boolean(): S;
  matching(pattern: RegExp): S;
  /** An ISO 8601 instant in UTC (`Z`), with seconds, as `Date.prototype.toISOString` writes it. */
  instant(): S;
  /** One of a fixed list of strings or numbers. */
  oneOf(values: readonly (string | number | boolean)[]): S;
  optional(shape: S): S;
  object(members: Record<string, S>): S;
  array(element: S): S;
  /** An object whose every member (any name) fits `value`. */
  record(value: S): S;
  /** Objects told apart by the value of one member, each with its own shape. */
  union(key: string, options: readonly Record<string, S>[]): S;
}

const HERE: FaultPath = [];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** As the schema library tells a record from other objects: a plain object, or one without a constructor. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const made = value.constructor;
  if (made === undefined || typeof made !== 'function') return true;
  const prototype: unknown = made.prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

const required = (check: Shape['check']): Shape => ({ check, optional: false });

/** Dates as the schema library's ISO check reads them (leap years included), a time with seconds, UTC. */
const DAY = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const INSTANT = new RegExp(String.raw`^${DAY}T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z))$`);

export const compiledShapes: ShapeBuilder<Shape> = {
  text: () => required((value) => (typeof value === 'string' ? null : HERE)),
  integer: () => required((value) => (Number.isSafeInteger(value) ? null : HERE)),
  positiveInteger: () => required((value) => (Number.isSafeInteger(value) && (value as number) > 0 ? null : HERE)),
  boolean: () => required((value) => (typeof value === 'boolean' ? null : HERE)),
  matching: (pattern) => required((value) => (typeof value === 'string' && pattern.test(value) ? null : HERE)),
  instant: () => required((value) => (typeof value === 'string' && INSTANT.test(value) ? null : HERE)),
  oneOf(values) {
    const allowed = new Set<unknown>(values);
    return { check: (value) => (allowed.has(value) ? null : HERE), optional: false, values };
  },
  optional: (shape) => ({ check: shape.check, optional: true }),
  object(members) {
    const entries = Object.entries(members);
    return required((value) => {
      if (!isObject(value)) return HERE;
      for (const [key, member] of entries) {
        const field = value[key];
        if (field === undefined && member.optional) continue;
        const fault = member.check(field);
        if (fault) return [key, ...fault];
      }
      return null;
    });
  },
  array(element) {
    return required((value) => {
      if (!Array.isArray(value)) return HERE;
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        if (item === undefined && element.optional) continue;
        const fault = element.check(item);
        if (fault) return [index, ...fault];
      }
      return null;
    });
  },
  record(member) {
    return required((value) => {
      if (!isPlainObject(value)) return HERE;
      for (const key of Object.keys(value)) {
        if (key === '__proto__') continue;
        const field = value[key];
        if (field === undefined && member.optional) continue;
        const fault = member.check(field);
        if (fault) return [key, ...fault];
      }
      return null;
    });
  },
  union(key, options) {
    const byKey = new Map<unknown, Shape>();
    for (const option of options) {
      const shape = compiledShapes.object(option);
      for (const tag of option[key]?.values ?? []) byKey.set(tag, shape);
    }
    return required((value) => {
      if (!isObject(value)) return HERE;
      const option = byKey.get(value[key]);
      return option ? option.check(value) : [key];
    });
  },
};
