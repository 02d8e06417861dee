// The 2026 statement of annual-journal.ts, with the CIP13 of Skenan, and substances the
// fixture's template holds in other units (Fentanyl in µg, codeine phosphate in g), one
// the template lacks (methadone) and one found by name only (ketamine). The aggregation
// itself is tested in annual.test.ts; here the statement is the input of the filling.
import { annualStatement, type AnnualStatement, type Flows, type SubstanceYear } from '../../../shared/jare/annual';
import { JARE_ENTRY_KINDS, JARE_EXIT_KINDS, type JareEntryKind, type JareExitKind } from '../../../shared/jare/categories';
import { annualJournal } from './annual-journal';

export function nanogramFlows(opening: bigint, entries: Partial<Record<JareEntryKind, bigint>>, exits: Partial<Record<JareExitKind, bigint>>): Flows<bigint> {
  const entered = JARE_ENTRY_KINDS.reduce((sum, kind) => sum + (entries[kind] ?? 0n), 0n);
  const left = JARE_EXIT_KINDS.reduce((sum, kind) => sum + (exits[kind] ?? 0n), 0n);
  return {
    opening,
    entries: Object.fromEntries(JARE_ENTRY_KINDS.map((kind) => [kind, entries[kind] ?? 0n])) as Record<JareEntryKind, bigint>,
    exits: Object.fromEntries(JARE_EXIT_KINDS.map((kind) => [kind, exits[kind] ?? 0n])) as Record<JareExitKind, bigint>,
    closing: opening + entered - left,
    explained: 0n,
    unexplained: 0n,
  };
}

function substance(name: string, form: 'base' | 'sel', flows: Flows<bigint>, saltName?: string): SubstanceYear {
  return {
    key: form === 'sel' ? `${name} (${saltName})` : `${name} (base)`,
    name,
    form,
    ...(saltName ? { saltName } : {}),
    unit: 'mg',
    productIds: ['P9'],
    flows,
  };
}

export const SKENAN_CIP13 = '3400930000001';
/** 123 456 789,012345678 g: more digits than a double holds. */
export const CODEINE_OPENING_NG = 123_456_789_012_345_678n;

export function jareStatement(): AnnualStatement {
  const statement = annualStatement(annualJournal(), 2026);
  return {
    ...statement,
    products: statement.products.map((product) =>
      product.productId === 'P2' ? { ...product, definition: { ...product.definition, cip13: SKENAN_CIP13 } } : product,
    ),
    substances: [
      ...statement.substances,
      substance('Fentanyl', 'base', nanogramFlows(1_234_567n, { acquisition: 10_000_000n }, { retail: 5_000_001n })),
      substance('Codéine', 'sel', nanogramFlows(CODEINE_OPENING_NG, { acquisition: 1_500_000_000n }, {}), 'phosphate'),
      substance('Méthadone', 'sel', nanogramFlows(0n, { acquisition: 1_000_000n }, {}), 'chlorhydrate'),
      substance('Kétamine', 'base', nanogramFlows(5_000_000n, {}, {})),
    ],
  };
}
