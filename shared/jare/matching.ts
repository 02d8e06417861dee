// Which pre-filled row of the JARE template each line of the statement goes to (pure).
// A row is found by a key ANSM wrote (NDS number, GTIN/CIP) or by a match the user
// confirmed once; a name alone only proposes rows for the user to confirm, and a key
// shared by several rows is ambiguous. No row is ever invented: what finds none is
// listed as unmatched.
import type { AnnualStatement } from './annual';
import { normaliseText } from './template-headers';
import type { JareSheetName, TemplateRow, TemplateSheet, TemplateSummary } from './template-model';

/** The user's confirmed matches, as the app remembers them: item key → row key ("NDS 1234", "GTIN 03400…", "Nom morphine sulfate"). */
export interface ConfirmedMatches {
  /** By substance key ("Morphine (sulfate)"). */
  substances: Record<string, string>;
  /** By product id ("P1"). */
  products: Record<string, string>;
}

export const NO_CONFIRMED_MATCHES: ConfirmedMatches = { substances: {}, products: {} };

/** One line of the statement to place: a substance (sheet S) or a product (sheet P). */
export interface MatchItem {
  sheet: JareSheetName;
  key: string;
  label: string;
  nds?: string;
  /** CIP13 of a product. */
  cip13?: string;
  /** Names the row may carry. */
  names: string[];
}

export type MatchedBy = 'confirmed' | 'nds' | 'gtin';

export interface Match {
  item: MatchItem;
  row: TemplateRow;
  rowKey: string;
  by: MatchedBy;
}

export interface Proposal {
  item: MatchItem;
  /** 'name': found by name only; 'ambiguous': several rows fit. */
  reason: 'name' | 'ambiguous';
  candidates: { row: TemplateRow; rowKey: string }[];
}

export interface MatchOutcome {
  matched: Match[];
  proposals: Proposal[];
  unmatched: MatchItem[];
}

/** A row's identity across years' templates: its NDS number, else its GTIN, else its name. */
export function rowKey(row: TemplateRow): string {
  if (row.nds) return `NDS ${row.nds.trim()}`;
  if (row.gtin) return `GTIN ${digits(row.gtin)}`;
  return `Nom ${normaliseText(row.name)}`;
}

/** Every key a row answers to: a confirmation may name it by NDS number, GTIN or name. */
export function rowKeys(row: TemplateRow): string[] {
  return [
    ...(row.nds ? [`NDS ${row.nds.trim()}`] : []),
    ...(row.gtin ? [`GTIN ${digits(row.gtin)}`] : []),
    ...(row.name ? [`Nom ${normaliseText(row.name)}`] : []),
  ];
}

const digits = (text: string): string => text.replace(/\D/g, '');

/** A GTIN-14 starting with 0 is that 0 before a GTIN-13 (the CIP13). */
export function gtinAsCip13(gtin: string): string {
  const plain = digits(gtin);
  return plain.length === 14 && plain.startsWith('0') ? plain.slice(1) : plain;
}

const STOP_WORDS = new Set(['de', 'd', 'du', 'des', 'la', 'le', 'l']);

/** "Sulfate de morphine" and "Morphine (sulfate)" give the same words. */
export function nameWords(name: string): string {
  return [...new Set(normaliseText(name).split(' '))]
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .sort()
    .join(' ');
}

/**
 * Whether a row's name may be the item's. A substance's must have the same words (a salt
 * and its base are distinct rows); a product's designation need only be contained in the
 * row's name ("Skenan LP 30 mg" in "SKENAN LP 30 mg, gélule"). Either way it only proposes.
 */
function nameFits(item: MatchItem, rowName: string): boolean {
  const row = nameWords(rowName);
  if (item.sheet === 'S') return item.names.some((name) => nameWords(name) === row);
  const words = new Set(row.split(' '));
  return item.names.some(
    (name) =>
      nameWords(name) !== '' &&
      nameWords(name)
        .split(' ')
        .every((word) => words.has(word)),
  );
}

export function statementItems(statement: AnnualStatement): MatchItem[] {
  return [
    ...statement.substances.map((substance): MatchItem => ({
      sheet: 'S',
      key: substance.key,
      label: substance.key,
      names: substance.form === 'sel' ? [`${substance.name} ${substance.saltName ?? ''}`] : [`${substance.name} base`, substance.name],
    })),
    ...statement.products.map((product): MatchItem => ({
      sheet: 'P',
      key: product.productId,
      label: `${product.definition.designation} (${product.productId})`,
      ...(product.definition.cip13 ? { cip13: product.definition.cip13 } : {}),
      names: [product.definition.designation],
    })),
  ];
}

function matchOne(item: MatchItem, sheet: TemplateSheet, confirmed: string | undefined, taken: Set<number>): { match?: Match; proposal?: Proposal } {
  const free = sheet.rows.filter((row) => !taken.has(row.row));
  const candidates = (rows: TemplateRow[]): Proposal['candidates'] => rows.map((row) => ({ row, rowKey: rowKey(row) }));
  if (confirmed !== undefined) {
    const rows = free.filter((row) => rowKeys(row).includes(confirmed));
    if (rows.length === 1) return { match: { item, row: rows[0]!, rowKey: rowKey(rows[0]!), by: 'confirmed' } };
  }
  const byKey = (by: 'nds' | 'gtin', rows: TemplateRow[]): { match?: Match; proposal?: Proposal } | null => {
    if (rows.length === 1) return { match: { item, row: rows[0]!, rowKey: rowKey(rows[0]!), by } };
    if (rows.length > 1) return { proposal: { item, reason: 'ambiguous', candidates: candidates(rows) } };
    return null;
  };
  if (item.nds) {
    const found = byKey(
      'nds',
      free.filter((row) => row.nds?.trim() === item.nds!.trim()),
    );
    if (found) return found;
  }
  if (item.cip13) {
    const found = byKey(
      'gtin',
      free.filter((row) => row.gtin !== undefined && gtinAsCip13(row.gtin) === item.cip13),
    );
    if (found) return found;
  }
  const named = free.filter((row) => row.name !== '' && nameFits(item, row.name));
  if (named.length === 0) return {};
  return { proposal: { item, reason: named.length === 1 ? 'name' : 'ambiguous', candidates: candidates(named) } };
}

export function matchStatement(
  statement: AnnualStatement,
  template: Pick<TemplateSummary, 'S' | 'P'>,
  confirmed: ConfirmedMatches = NO_CONFIRMED_MATCHES,
): MatchOutcome {
  return matchItems(statementItems(statement), template, confirmed);
}

export function matchItems(
  items: readonly MatchItem[],
  template: Pick<TemplateSummary, 'S' | 'P'>,
  confirmed: ConfirmedMatches = NO_CONFIRMED_MATCHES,
): MatchOutcome {
  const outcome: MatchOutcome = { matched: [], proposals: [], unmatched: [] };
  const taken: Record<JareSheetName, Set<number>> = { S: new Set(), P: new Set() };
  // Confirmed and keyed matches first, so that a name proposal never takes their row.
  const pending: MatchItem[] = [];
  for (const pass of ['keys', 'names'] as const) {
    for (const item of pass === 'keys' ? items : pending.splice(0)) {
      const remembered = item.sheet === 'S' ? confirmed.substances[item.key] : confirmed.products[item.key];
      const found = matchOne(item, template[item.sheet], remembered, taken[item.sheet]);
      if (found.match) {
        outcome.matched.push(found.match);
        taken[item.sheet].add(found.match.row.row);
      } else if (pass === 'keys') pending.push(item);
      else if (found.proposal) outcome.proposals.push(found.proposal);
      else outcome.unmatched.push(item);
    }
  }
  return outcome;
}
