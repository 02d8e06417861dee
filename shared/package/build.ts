// Builds a package: the parts given, a manifest listing each with its role, size and
// SHA-256, all in one ZIP. Pure: the main process gathers the parts and writes the file.
// PDFs are stored as they are (already compressed, and a byte of one is then a byte of
// the ZIP); text parts are deflated. The entries carry the creation time.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from './digest';
import { MANIFEST_PATH, PACKAGE_FORMAT, type ManifestPart, type PackageManifest, type PartRole } from './manifest';

export interface PackagePart {
  path: string;
  role: PartRole;
  bytes: Uint8Array;
}

export type ManifestHeader = Omit<PackageManifest, 'format' | 'parts'>;

export interface BuiltPackage {
  zip: Uint8Array;
  manifest: PackageManifest;
  /** SHA-256 of manifest.json: "l’empreinte du dossier". */
  fingerprint: string;
}

export function describePart({ path, role, bytes }: PackagePart): ManifestPart {
  return { path, role, size: bytes.length, sha256: sha256Hex(bytes) };
}

export function buildPackage(header: ManifestHeader, parts: readonly PackagePart[]): BuiltPackage {
  const manifest: PackageManifest = { format: PACKAGE_FORMAT, ...header, parts: parts.map(describePart) };
  // Indented, one field a line: a person reads it with any text editor.
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  const mtime = new Date(header.createdAt);
  const files: Zippable = { [MANIFEST_PATH]: [manifestBytes, { level: 6, mtime }] };
  for (const part of parts) files[part.path] = [part.bytes, { level: part.role === 'edition' ? 0 : 6, mtime }];
  return { zip: zipSync(files), manifest, fingerprint: sha256Hex(manifestBytes) };
}
