// An edition's file name: readable in a folder listing (period, what it is, product,
// when it was made), unique (the archive never replaces a file), and safe on every
// system (letters, digits, dot, dash and underscore only, as the main process demands).
// 2026-11_registre_P2-skenan-lp_20261123-0941.pdf
import type { Period } from './period';
import { lastDayOf, monthOf } from '../register/dates';
import type { EditionKind } from '../register/events';

/**
 * What the main process accepts as an edition's name (shared/ipc/requests.ts checks it): the
 * window and the command line build only such names. A PDF, or for the annual declaration
 * a workbook (.xlsx) or a CSV list.
 */
export const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.(?:pdf|xlsx|csv)$/;

const KIND_WORDS: Record<EditionKind, string> = {
  'product-register': 'registre',
  'period-journal': 'registre-tous-produits',
  'month-balance': 'balance-mensuelle',
  dispensations: 'ordonnancier',
  integrity: 'integrite',
  theft: 'declaration-vol',
  inventory: 'inventaire',
  'destruction-notice': 'avis-destruction',
  'destruction-pv': 'pv-destruction',
  'annual-working-copy': 'jare-copie-de-travail',
  'annual-statement': 'etat-annuel-recapitulatif',
  'annual-letter': 'lettre-accompagnement-ansm',
  'annual-authorisations': 'autorisations-import-export',
  'annual-authorisations-csv': 'autorisations-import-export',
  'annual-jare-fill-report': 'jare-rapport-remplissage',
  'transfer-inventory': 'inventaire-cession',
  transmittal: 'bordereau-transmission',
};

/** Every edition is a PDF but the working copy (a workbook) and the list in CSV. */
export function editionExtension(kind: EditionKind): 'pdf' | 'xlsx' | 'csv' {
  if (kind === 'annual-working-copy') return 'xlsx';
  if (kind === 'annual-authorisations-csv') return 'csv';
  return 'pdf';
}

const MAX_SLUG = 32;

export interface FileNameParts {
  kind: EditionKind;
  period: Period;
  productId?: string;
  /** The product's designation, for a reader of the folder; reduced to plain letters. */
  designation?: string;
  closureOf?: string;
  /** The destruction dossier it prints (PV-2026-001). */
  dossier?: string;
}

/** "Méthadone AP-HP sirop 40 mg" → "methadone-ap-hp-sirop-40-mg". */
export function slug(text: string, max = MAX_SLUG): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain.slice(0, max).replace(/-+$/, '');
}

/** A whole calendar month reads "2026-11", a day "2026-11-05", any other span "2026-11-01_2026-11-15". */
export function periodLabel(period: Period): string {
  const month = monthOf(period.from);
  if (period.from === `${month}-01` && period.to === lastDayOf(month)) return month;
  if (period.from === period.to) return period.from;
  return `${period.from}_${period.to}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The edition instant in local time, to the minute: 20261123-0941. */
export function instantStamp(instant: Date): string {
  return `${instant.getFullYear()}${pad(instant.getMonth() + 1)}${pad(instant.getDate())}-${pad(instant.getHours())}${pad(instant.getMinutes())}`;
}

function baseName(parts: FileNameParts, editedAt: Date): string {
  const segments: string[] = [];
  // The annual declaration's editions are named by the year declared alone.
  if (parts.kind.startsWith('annual-')) segments.push(parts.period.from.slice(0, 4));
  else if (parts.kind !== 'integrity') segments.push(periodLabel(parts.period));
  segments.push(KIND_WORDS[parts.kind]);
  if (parts.productId !== undefined) {
    // The register's own id (P2) as it is, reduced to safe characters in case it ever changes form.
    const product =
      parts.productId
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 16) || 'produit';
    const designation = parts.designation ? slug(parts.designation) : '';
    segments.push(designation ? `${product}-${designation}` : product);
  }
  if (parts.dossier !== undefined)
    segments.push(
      parts.dossier
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 24) || 'dossier',
    );
  if (parts.closureOf !== undefined) segments.push('cloture');
  segments.push(instantStamp(editedAt));
  return segments.join('_');
}

/**
 * The file name of an edition made at `editedAt`. A name already `taken` (another
 * edition of the same minute) gets the next free suffix: -2, -3…
 */
export function editionFileName(parts: FileNameParts, editedAt: Date, taken: ReadonlySet<string> = new Set()): string {
  const base = baseName(parts, editedAt);
  for (let index = 1; ; index += 1) {
    const name = `${base}${index === 1 ? '' : `-${index}`}.${editionExtension(parts.kind)}`;
    if (!taken.has(name)) return name;
  }
}
