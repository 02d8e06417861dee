// Recognises the columns of ANSM's JARE workbook by their header text, never by letter:
// the letters of most columns are not confirmed (decisions 0007 and 0008) and may
// move from one year's template to the next. Headers are compared once normalised: case,
// accents, punctuation, spacing and the "(+)" / "(-)" direction marks do not count.
import { JARE_ENTRY_KINDS, JARE_ENTRY_LABELS, JARE_EXIT_KINDS, JARE_EXIT_LABELS, type JareEntryKind, type JareExitKind } from './categories';
import { JARE_UNITS, type JareUnit } from './units';

export type ColumnRole =
  | { kind: 'name' }
  | { kind: 'nds' }
  | { kind: 'gtin' }
  | { kind: 'cas' }
  | { kind: 'unit' }
  | { kind: 'opening' }
  | { kind: 'closing' }
  | { kind: 'entry'; entry: JareEntryKind }
  | { kind: 'exit'; exit: JareExitKind };

/** "Stock au 1er jan. (+)" → "stock au 1er jan". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(\s*[+\-−–]\s*\)/g, ' ')
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Other wordings met or expected for the flow columns, normalised (the guide's own are in categories.ts). */
const FLOW_SYNONYMS: { role: ColumnRole; headers: string[] }[] = [
  { role: { kind: 'entry', entry: 'manufacture' }, headers: ['fabrication', 'synthese', 'fabrication synthese', 'synthese fabrication'] },
  { role: { kind: 'entry', entry: 'acquisition' }, headers: ['acquisition', 'acquisitions sur le territoire douanier', 'achat sur le territoire douanier'] },
  { role: { kind: 'entry', entry: 'import' }, headers: ['importation', 'importations', 'import'] },
  { role: { kind: 'exit', exit: 'export' }, headers: ['exportation', 'exportations', 'export'] },
  { role: { kind: 'exit', exit: 'destruction' }, headers: ['destruction', 'destructions'] },
  { role: { kind: 'exit', exit: 'lossTheft' }, headers: ['pertes et vols', 'pertes vols', 'pertes ou vols', 'vols et pertes'] },
];

const FLOW_HEADERS: Map<string, ColumnRole> = new Map([
  ...JARE_ENTRY_KINDS.map((entry) => [normaliseText(JARE_ENTRY_LABELS[entry]), { kind: 'entry', entry }] as const),
  ...JARE_EXIT_KINDS.map((exit) => [normaliseText(JARE_EXIT_LABELS[exit]), { kind: 'exit', exit }] as const),
  ...FLOW_SYNONYMS.flatMap(({ role, headers }) => headers.map((header) => [header, role] as const)),
]);

/** The role of a header of sheet S or P, or null when it is not one this app fills or reads. */
export function columnRole(header: string): ColumnRole | null {
  const text = normaliseText(header);
  if (text === '') return null;
  const flow = FLOW_HEADERS.get(text);
  if (flow) return flow;
  if (/^nom de la (substance|preparation|specialite)$/.test(text) || text === 'nom' || text === 'designation') return { kind: 'name' };
  if (/^(numero|n|no|code) nds$/.test(text) || text === 'nds') return { kind: 'nds' };
  if (/^(code )?(gtin|cip)( (cip|gtin|13|14))*$/.test(text) || text === 'code gtin cip') return { kind: 'gtin' };
  if (/^(numero|n|no) cas$/.test(text) || text === 'cas') return { kind: 'cas' };
  if (text === 'unite' || text === 'unite de mesure') return { kind: 'unit' };
  if (/^stock (au )?(1er|1|01) jan(v|vier)?( \d{4})?$/.test(text) || text === 'stock initial') return { kind: 'opening' };
  if (/^stock (au )?31 dec(embre)?( \d{4})?$/.test(text) || text === 'stock final') return { kind: 'closing' };
  return null;
}

export function sameRole(a: ColumnRole, b: ColumnRole): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** "mg", "µg" (micro sign or Greek mu), "ug", "mcg", "g", "kg" → the unit; anything else → null. */
export function jareUnit(text: string): JareUnit | null {
  const compact = text.trim().toLowerCase().replace(/\s+/g, '').replace(/\.$/, '').replace('\u03bc', 'µ');
  if (compact === 'ug' || compact === 'mcg' || compact === 'microgramme' || compact === 'microgrammes') return 'µg';
  if (compact === 'milligramme' || compact === 'milligrammes') return 'mg';
  if (compact === 'gramme' || compact === 'grammes') return 'g';
  if (compact === 'kilogramme' || compact === 'kilogrammes') return 'kg';
  return (JARE_UNITS as readonly string[]).includes(compact) ? (compact as JareUnit) : null;
}

/** "Stock au 1er janvier", "Importation (+)": the French name of a role, for the report. */
export function roleLabel(role: ColumnRole): string {
  switch (role.kind) {
    case 'name':
      return 'Nom';
    case 'nds':
      return 'Numéro NDS';
    case 'gtin':
      return 'Code GTIN / CIP';
    case 'cas':
      return 'Numéro CAS';
    case 'unit':
      return 'Unité';
    case 'opening':
      return 'Stock au 1er janvier';
    case 'closing':
      return 'Stock au 31 décembre';
    case 'entry':
      return JARE_ENTRY_LABELS[role.entry];
    case 'exit':
      return JARE_EXIT_LABELS[role.exit];
  }
}
