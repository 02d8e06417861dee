// Verifies a package from its bytes alone, as the buyer's application and the command
// line both do: the ZIP is read with limits (zip-reader.ts); the manifest must be valid;
// every part it lists must be there with its size and SHA-256, and nothing else; the
// journal's chain is verified whole; every edition the journal records must be there
// with the hash recorded; the manifest's head and identity must be the journal's. The
// first problem found is the verdict, naming the part (and the journal's line).
import { strFromU8 } from 'fflate';
import { SAFE_FILE_NAME } from '../editions/file-name';
import { appError, type AppError } from '../errors';
import type { JournalBreak, JournalSummary } from '../journal/read';
import { JOURNAL_FORMAT, type RegisterEvent } from '../register/events';
import { canonicalJson } from '../register/seal';
import { err, ok, type Result } from '../result';
import { sha256Hex } from './digest';
import { identityAtHead } from './identity';
import { readJournalBytes as readJournalPart } from './journal-bytes';
import { isSafePartPath, PACKAGE_LIMITS, type PackageLimits } from './limits';
import { EDITIONS_FOLDER, journalPartPath, MANIFEST_PATH, manifestSchema, PACKAGE_FORMAT, type PackageManifest } from './manifest';
import { readZip, type ZipEntries } from './zip-reader';

export interface PackageEdition {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  /** The order number of the edition.produced event that records it, if the journal holds one. */
  recordedBy: number | null;
}

export interface VerifiedPackage {
  manifest: PackageManifest;
  /** SHA-256 of manifest.json: "l’empreinte du dossier". */
  fingerprint: string;
  journal: JournalSummary;
  /** The journal part's events, in order, each proven genuine. */
  events: RegisterEvent[];
  editions: PackageEdition[];
}

export type PackageVerdict = Result<VerifiedPackage, AppError>;

const REASONS: Record<JournalBreak['reason'], string> = {
  json: 'ligne illisible, tronquée ou modifiée',
  shape: 'ce n’est pas un événement du registre',
  gap: 'n° d’ordre manquant, en trop ou déplacé',
  prevHash: 'chaînage rompu : une ligne antérieure a été modifiée ou remplacée',
  hash: 'l’empreinte ne correspond plus au contenu : la ligne a été modifiée',
  empty: 'le journal ne contient aucun événement',
  rule: 'un événement enfreint les règles du registre',
  format: 'format plus récent que celui que cette version sait lire',
};

export function journalBrokenError(path: string, broken: JournalBreak): AppError {
  if (broken.reason === 'format') return newerFormatError(path, broken.format ?? 0, JOURNAL_FORMAT);
  // Intact but not valid: the order number and the rule broken, in the rule's own words.
  if (broken.reason === 'rule') {
    return appError('package.journalInvalid', undefined, { path, line: String(broken.line), seq: String(broken.seq ?? ''), message: broken.message ?? '' });
  }
  return appError('package.journalBroken', undefined, {
    path,
    line: String(broken.line),
    reason: REASONS[broken.reason],
    ...(broken.seq === undefined ? {} : { seq: String(broken.seq) }),
  });
}

function newerFormatError(path: string, format: number, known: number): AppError {
  return appError('package.newerFormat', undefined, { path, format: String(format), known: String(known) });
}

function readManifest(entries: ZipEntries): Result<{ manifest: PackageManifest; fingerprint: string }, AppError> {
  const entry = entries.get(MANIFEST_PATH);
  if (!entry) return err(appError('package.manifestMissing'));
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(entry.bytes));
  } catch {
    return err(appError('package.manifestInvalid', undefined, { detail: 'ce n’est pas du JSON lisible' }));
  }
  // A newer package is refused as such, before its fields are judged by this version's rules.
  const format = typeof value === 'object' && value !== null && 'format' in value ? value.format : undefined;
  if (typeof format === 'number' && Number.isSafeInteger(format) && format > PACKAGE_FORMAT)
    return err(newerFormatError(MANIFEST_PATH, format, PACKAGE_FORMAT));
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(appError('package.manifestInvalid', undefined, { detail: `champ « ${issue?.path.join('.') || '(racine)'} » invalide` }));
  }
  const manifest = parsed.data;
  const paths = new Set<string>();
  for (const part of manifest.parts) {
    const badPath = !isSafePartPath(part.path) || part.path === MANIFEST_PATH || paths.has(part.path);
    const badRole =
      part.role === 'edition'
        ? !part.path.startsWith(EDITIONS_FOLDER) || !SAFE_FILE_NAME.test(part.path.slice(EDITIONS_FOLDER.length))
        : part.role === 'journal' && part.path !== journalPartPath(manifest.registerId);
    if (badPath || badRole) return err(appError('package.manifestInvalid', undefined, { detail: `partie « ${part.path} » mal nommée ou en double` }));
    paths.add(part.path);
  }
  // A hand-over or a deposit carries the whole register; a yearly archive says its year.
  const whole = manifest.kind !== 'yearly';
  if (whole ? manifest.after !== null || manifest.year !== undefined : manifest.year === undefined) {
    return err(
      appError('package.manifestInvalid', undefined, { detail: whole ? 'un dossier de reprise ou de dépôt commence au n° 1' : 'l’année de l’archive manque' }),
    );
  }
  if (manifest.parts.filter((part) => part.role === 'journal').length !== 1)
    return err(appError('package.manifestInvalid', undefined, { detail: 'il faut un et un seul journal' }));
  return ok({ manifest, fingerprint: sha256Hex(entry.bytes) });
}

export function verifyPackage(bytes: Uint8Array, limits: PackageLimits = PACKAGE_LIMITS): PackageVerdict {
  const zip = readZip(bytes, limits);
  if (!zip.ok) return zip;
  const entries = zip.value;
  const read = readManifest(entries);
  if (!read.ok) return read;
  const { manifest, fingerprint } = read.value;

  const journalPath = journalPartPath(manifest.registerId);
  const journalEntry = entries.get(journalPath);
  for (const part of manifest.parts) {
    const entry = entries.get(part.path);
    if (!entry) return err(appError('package.partMissing', undefined, { path: part.path }));
    if (entry.bytes.length !== part.size || sha256Hex(entry.bytes) !== part.sha256) {
      // An altered journal is named down to its line when its chain shows where.
      if (part.path === journalPath) {
        const { verdict } = readJournalPart(entry.bytes, manifest.after ?? undefined);
        if (!verdict.ok) return err(journalBrokenError(journalPath, verdict));
      }
      return err(appError('package.partAltered', undefined, { path: part.path }));
    }
  }
  const listed = new Set(manifest.parts.map((part) => part.path));
  for (const name of entries.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name)) return err(appError('package.partUnlisted', undefined, { path: name }));
  }
  // Same bytes as the manifest lists, but a CRC that disagrees: the ZIP itself was touched.
  for (const [name, entry] of entries) if (!entry.crcOk) return err(appError('package.partDamaged', undefined, { path: name }));

  const { verdict, events } = readJournalPart(journalEntry!.bytes, manifest.after ?? undefined);
  if (!verdict.ok) return err(journalBrokenError(journalPath, verdict));
  if (verdict.lastSeq !== manifest.head.seq || verdict.headHash !== manifest.head.hash) {
    return err(appError('package.headMismatch', undefined, { manifest: String(manifest.head.seq), journal: String(verdict.lastSeq) }));
  }
  if (manifest.after === null) {
    const identity = identityAtHead(events);
    if (!identity || identity.registerId !== manifest.registerId) return err(appError('package.registerMismatch', undefined, { field: 'registerId' }));
    if (canonicalJson(identity.establishment) !== canonicalJson(manifest.establishment))
      return err(appError('package.registerMismatch', undefined, { field: 'establishment' }));
    if (canonicalJson(identity.holder) !== canonicalJson(manifest.holder)) return err(appError('package.registerMismatch', undefined, { field: 'holder' }));
  }

  const partsByPath = new Map(manifest.parts.map((part) => [part.path, part]));
  const recordedBy = new Map<string, number>();
  for (const event of events) {
    if (event.type !== 'edition.produced') continue;
    const path = `${EDITIONS_FOLDER}${event.fileName}`;
    const part = partsByPath.get(path);
    if (part?.role !== 'edition') return err(appError('package.editionMissing', undefined, { fileName: event.fileName, seq: String(event.seq) }));
    if (part.sha256 !== event.sha256) return err(appError('package.editionMismatch', undefined, { fileName: event.fileName, seq: String(event.seq) }));
    recordedBy.set(path, event.seq);
  }
  const editions = manifest.parts
    .filter((part) => part.role === 'edition')
    .map((part) => ({
      fileName: part.path.slice(EDITIONS_FOLDER.length),
      bytes: entries.get(part.path)!.bytes,
      sha256: part.sha256,
      recordedBy: recordedBy.get(part.path) ?? null,
    }));
  return ok({ manifest, fingerprint, journal: verdict, events, editions });
}
