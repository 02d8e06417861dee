// The manifest of a package (hand-over or yearly archive): what the package is, whose
// register, up to which event, and for every other part its path, role, size and
// SHA-256. Its own SHA-256 is the package's fingerprint ("l’empreinte du dossier"),
// written on the décharge. Format documented in docs/package-format.md.
import { z } from 'zod';

export const PACKAGE_FORMAT = 1;
export const MANIFEST_PATH = 'manifest.json';
export const JOURNAL_FOLDER = 'journal/';
export const EDITIONS_FOLDER = 'editions/';
export const TECHNICAL_LOG_PATH = 'technique/journal-technique.jsonl';
/**
 * The offline verifier page (docs/verifier.md), carried as a technical part: listed and
 * hashed like every part, and read by any version that knows this format.
 */
export const VERIFIER_PAGE_PATH = 'verificateur.html';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const registerId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const text = z.string().min(1).max(500);
const head = z.strictObject({ seq: z.number().int().positive(), hash: hex64 });

export const PACKAGE_KINDS = ['handover', 'deposit', 'yearly'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];
/** What the whole register is handed over for: to a buyer, or to the authority at a closure. */
export type WholeRegisterPurpose = Exclude<PackageKind, 'yearly'>;

export const PART_ROLES = ['journal', 'edition', 'technical'] as const;
export type PartRole = (typeof PART_ROLES)[number];

const part = z.strictObject({
  path: z.string().min(1).max(300),
  role: z.enum(PART_ROLES),
  size: z.number().int().min(0),
  sha256: hex64,
});

export const manifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  /** handover: the whole register for a buyer; deposit: the whole register for the ARS or DDPP at a definitive closure; yearly: one year of it, for the archive. */
  kind: z.enum(PACKAGE_KINDS),
  registerId,
  establishment: z.strictObject({ name: text, address: text, kind: z.enum(['officine', 'veterinaire']) }),
  holder: z.strictObject({ name: text, orderNumber: text }),
  createdAt: z.iso.datetime(),
  appVersion: z.string().min(1).max(100),
  /** The last event of the journal part. */
  head,
  /** The event just before the journal part's first line; null when it starts at n° 1. */
  after: head.nullable(),
  /** Yearly archive: the calendar year it covers. */
  year: z.number().int().min(2000).max(9999).optional(),
  parts: z.array(part).min(1),
});

export type PackageManifest = z.infer<typeof manifestSchema>;
export type ManifestPart = PackageManifest['parts'][number];

export function journalPartPath(id: string): string {
  return `${JOURNAL_FOLDER}${id}.journal.jsonl`;
}

export function editionPartPath(fileName: string): string {
  return `${EDITIONS_FOLDER}${fileName}`;
}
