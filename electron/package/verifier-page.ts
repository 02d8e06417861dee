// The offline verifier page (docs/verifier.md) travels inside every hand-over or deposit
// package and every yearly archive, so that whoever receives one can check it with a
// browser alone. Its bytes are those the build wrote (dist/verificateur.html).
import { readFile } from 'node:fs/promises';
import type { PackagePart } from '../../shared/package/build';
import { VERIFIER_PAGE_PATH } from '../../shared/package/manifest';

/**
 * The page, or null when this build has none (the tests' main process, a development tree
 * never built): the package is then written without it, as it was before the page existed.
 */
export async function readVerifierPage(path: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    return null;
  }
}

/** The page as a technical part of a package: listed in the manifest with its size and SHA-256. */
export function verifierPart(page: Uint8Array | null): PackagePart[] {
  return page === null ? [] : [{ path: VERIFIER_PAGE_PATH, role: 'technical', bytes: page }];
}
