// The compiled shape checks against the schema library they replace: the same declarations
// (event-schemas.ts) interpreted by both must accept the same values and name the same
// first faulty field, on every event of the scenarios and on each of them altered field by
// field; and each combinator alone, on values of every kind.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkEventShape, eventShapes, EVENT_TYPES } from '../../../shared/register/event-schemas';
import type { RegisterEvent } from '../../../shared/register/events';
import { compiledShapes, type Shape, type ShapeBuilder } from '../../../shared/register/shape-check';
import { sealedSlice } from '../../fixtures/events';
import { eventsWithEdition } from '../../fixtures/package';
import { closedScenarioEvents, scenarioEvents, veterinaryEvents } from '../editions/scenario';

const zodShapes: ShapeBuilder<z.ZodType> = {
  text: () => z.string(),
  integer: () => z.number().int().refine(Number.isSafeInteger),
  positiveInteger: () => z.number().int().positive().refine(Number.isSafeInteger),
  boolean: () => z.boolean(),
  matching: (pattern) => z.string().regex(pattern),
  instant: () => z.iso.datetime(),
  oneOf: (values) =>
    values.every((value) => typeof value === 'string') ? z.enum(values as [string, ...string[]]) : z.literal(values as [string | number | boolean]),
  optional: (shape) => shape.optional(),
  object: (members) => z.object(members),
  array: (element) => z.array(element),
  record: (value) => z.record(z.string(), value),
  union: (key, options) => z.discriminatedUnion(key, options.map((option) => z.object(option)) as unknown as [z.ZodObject, ...z.ZodObject[]]),
};

/** The library's verdict in the same terms as the compiled check's: null, or the path of the first issue. */
function zodFault(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.path ?? []).map(String).join('.');
}

function compiledFault(shape: Shape, value: unknown): string | null {
  const fault = shape.check(value);
  return fault === null ? null : fault.map(String).join('.');
}

const ODD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'texte',
  '0',
  0,
  -1,
  1,
  1.5,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER,
  NaN,
  Infinity,
  true,
  false,
  [],
  ['a'],
  {},
  { kind: 'patient' },
  new Date(0),
  'a'.repeat(64),
  '0123456789abcdef'.repeat(4),
  '0123456789ABCDEF'.repeat(4),
  '2026-03-10T09:30:00.000Z',
  '2026-03-10T09:30:00Z',
  '2026-03-10T09:30Z',
  '2026-02-29T09:30:00Z',
  '2024-02-29T09:30:00Z',
  '2026-03-10T09:30:00+01:00',
  '2026-03-10',
];

describe('each compiled combinator against the schema library', () => {
  const pairs = (build: <S>(s: ShapeBuilder<S>) => S): [Shape, z.ZodType] => [build(compiledShapes), build(zodShapes)];
  const cases: [string, [Shape, z.ZodType]][] = [
    ['text', pairs((s) => s.text())],
    ['integer', pairs((s) => s.integer())],
    ['positive integer', pairs((s) => s.positiveInteger())],
    ['boolean', pairs((s) => s.boolean())],
    ['pattern', pairs((s) => s.matching(/^[0-9a-f]{64}$/))],
    ['instant', pairs((s) => s.instant())],
    ['list of strings', pairs((s) => s.oneOf(['a', 'texte']))],
    ['list of numbers', pairs((s) => s.oneOf([1, 2]))],
    ['true alone', pairs((s) => s.oneOf([true]))],
    ['object', pairs((s) => s.object({ a: s.text(), b: s.optional(s.integer()), c: s.optional(s.object({ d: s.boolean() })) }))],
    ['array', pairs((s) => s.array(s.object({ n: s.integer() })))],
    ['record', pairs((s) => s.record(s.integer()))],
    ['union', pairs((s) => s.union('kind', [{ kind: s.oneOf(['patient']), name: s.text() }, { kind: s.oneOf(['anonymous']) }]))],
  ];
  const values = [
    ...ODD_VALUES,
    ...ODD_VALUES.map((value) => ({ a: 'x', b: value })),
    ...ODD_VALUES.map((value) => ({ a: value, b: 1 })),
    ...ODD_VALUES.map((value) => ({ a: 'x', c: { d: value } })),
    ...ODD_VALUES.map((value) => [{ n: 1 }, { n: value }]),
    ...ODD_VALUES.map((value) => ({ x: 1, y: value })),
    ...ODD_VALUES.map((value) => ({ kind: value, name: 'Nom' })),
    ...ODD_VALUES.map((value) => ({ kind: 'patient', name: value })),
    { a: 'x', b: undefined },
    { kind: 'anonymous', extra: 1 },
    Object.create(null) as object,
  ];
  it.each(cases)('%s: same verdict and same first faulty field on every value', (_name, [compiled, library]) => {
    for (const value of values) expect([value, compiledFault(compiled, value)]).toEqual([value, zodFault(library, value)]);
  });
});

/** Every path to a member of the event, objects and arrays included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])]);
}

function altered(event: RegisterEvent, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = structuredClone(event) as unknown as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (remove) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('the event shapes, compiled, against the same declarations in the schema library', () => {
  const library = new Map(Object.entries(eventShapes(zodShapes)));
  const libraryFault = (value: unknown) => {
    const type = (value as { type?: unknown }).type;
    const schema = typeof type === 'string' ? library.get(type) : undefined;
    if (!schema) return { kind: 'type', type: String(type) };
    const field = zodFault(schema, value);
    return field === null ? null : { kind: 'field', field: field === '' ? 'type' : field };
  };
  const written = [...sealedSlice(), ...eventsWithEdition(), ...scenarioEvents(), ...veterinaryEvents(), ...closedScenarioEvents()];
  // Two events of each type are enough to alter every member of that type.
  const events = EVENT_TYPES.flatMap((type) => written.filter((event) => event.type === type).slice(0, 2));

  it('covers a dozen types of event and more', () => {
    expect(new Set(events.map((event) => event.type)).size).toBeGreaterThanOrEqual(12);
  });

  it('accepts every event the scenarios write', () => {
    for (const event of events) expect([event.seq, checkEventShape(event)]).toEqual([event.seq, null]);
  });

  it('finds the same first fault in each event altered member by member', () => {
    const replacements = [null, '', 1.5, -1, 'texte', [], {}, true];
    let compared = 0;
    const differing: unknown[] = [];
    for (const event of events) {
      for (const path of pathsOf(event)) {
        const variants = [altered(event, path, undefined, true), ...replacements.map((value) => altered(event, path, value))];
        for (const variant of variants) {
          const [mine, theirs] = [checkEventShape(variant), libraryFault(variant)];
          if (JSON.stringify(mine) !== JSON.stringify(theirs)) differing.push({ path: path.join('.'), variant, mine, theirs });
          compared += 1;
        }
      }
    }
    expect(differing).toEqual([]);
    expect(compared).toBeGreaterThan(2_000);
  });
});
