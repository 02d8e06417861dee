// The offline verifier page (docs/verifier.md) travels inside every hand-over or deposit
// package and every yearly archive, so that whoever receives one can check it with a
// browser alone. Its bytes are those the build wrote (dist/verificateur.html).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { appError } from '../../shared/errors';
import type { MainHandlers } from '../../shared/ipc/contract';
import type { PackagePart } from '../../shared/package/build';
import { VERIFIER_PAGE_PATH } from '../../shared/package/manifest';
import { err, ok } from '../../shared/result';
import { copyOnce } from '../files/write-once';

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

export interface VerifierContext {
  verifierPage: () => Promise<Uint8Array | null>;
  /** A save dialog offering a name; null when the person cancels. */
  chooseSavePath: (defaultName: string) => Promise<string | null>;
}

/** « Enregistrer le vérificateur… » (onglet Intégrité): a copy for a key, an inspector, a reserve. */
export function createVerifierHandlers({ verifierPage, chooseSavePath }: VerifierContext): Pick<MainHandlers, 'verifier:save'> {
  return {
    'verifier:save': async () => {
      const page = await verifierPage();
      if (page === null) return err(appError('verifier.unavailable'));
      const path = await chooseSavePath(VERIFIER_PAGE_PATH);
      if (path === null) return err(appError('package.cancelled'));
      // The same page already there is the copy asked for; another file is never replaced.
      if ((await copyOnce(path, page)) === 'different') return err(appError('package.exists', undefined, { path: basename(path) }));
      return ok({ path });
    },
  };
}
