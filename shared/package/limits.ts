// What a package read from an untrusted file may weigh before anything is decompressed:
// a package is held in memory while it is checked, so a hostile file (a "zip bomb", a
// million entries) is refused on its declared sizes, not after filling the memory.
// Ten years of a busy officine: ~200 000 events (≈ 100 Mo of journal), ~1 000 editions.
export const PACKAGE_LIMITS = {
  /** The .zip file itself. */
  maxPackageBytes: 1024 * 1024 * 1024,
  maxEntries: 20_000,
  /** The sum of the entries once decompressed. */
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  /** A path inside the package. */
  maxPathLength: 200,
};

export type PackageLimits = { readonly [K in keyof typeof PACKAGE_LIMITS]: number };

/**
 * A path the package may hold: relative, forward slashes, no "." or ".." segment, no
 * drive letter, plain characters only. An entry named "../../x" or "C:\x" would be written
 * outside the chosen folder by a careless unzip; it is refused, whatever the manifest says.
 */
export function isSafePartPath(path: string, maxLength: number = PACKAGE_LIMITS.maxPathLength): boolean {
  if (path.length === 0 || path.length > maxLength) return false;
  if (!/^[A-Za-z0-9._/-]+$/.test(path)) return false;
  if (path.startsWith('/') || path.endsWith('/')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * A part an Office workbook may hold: its names are freer than a package's
 * (`[Content_Types].xml`, `_rels/.rels`), but none may leave the archive — no absolute
 * path, no backslash, no drive letter, no ".." segment, no NUL.
 */
export function isSafeWorkbookPartPath(path: string, maxLength: number): boolean {
  if (path.length === 0 || path.length > maxLength) return false;
  if (path.startsWith('/') || path.includes('\\') || /^[a-zA-Z]:/.test(path) || path.includes('\0')) return false;
  return path.split('/').every((segment) => segment !== '..');
}
