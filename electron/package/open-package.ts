// The buyer's side in the main process: package:open reads the chosen file and verifies it
// whole (shared/package/verify.ts) without writing anything; the verified content then
// waits here, under a token, while the window imports its events page by page (as a
// restore does) and asks for its editions to be put into the archive folder. A sealed
// package (decision 0046) is kept chosen until its passphrase opens it: a wrong one is
// refused, nothing is verified half-way and nothing is written.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { appError } from '../../shared/errors';
import type { MainHandlers } from '../../shared/ipc/contract';
import { PACKAGE_LIMITS } from '../../shared/package/limits';
import { verifyPackage, type VerifiedPackage } from '../../shared/package/verify';
import { isSealedPackage, openSealedPackage } from '../../shared/package/sealed-package';
import { err, ok } from '../../shared/result';
import { archiveFolder } from '../editions/paths';
import { copyOnce } from '../files/write-once';
import type { PackageContext } from './package-context';

type OpenHandlers = Pick<MainHandlers, 'package:open' | 'package:readEvents' | 'package:installEditions'>;

export function createOpenPackageHandlers(context: PackageContext): OpenHandlers {
  // One package at a time: choosing another forgets the previous one.
  let opened: { token: string; verified: VerifiedPackage } | null = null;
  // A sealed file chosen and waiting for its passphrase.
  let chosen: { path: string; bytes: Uint8Array } | null = null;
  const current = (token: string) => (opened?.token === token ? opened.verified : null);

  return {
    'package:open': async (request) => {
      const passphrase = request?.passphrase ?? null;
      // With a passphrase, the sealed file already chosen; otherwise a new choice.
      if (passphrase === null || chosen === null) {
        const path = await context.choosePackageFile();
        if (path === null) return err(appError('package.cancelled'));
        if ((await stat(path)).size > PACKAGE_LIMITS.maxPackageBytes)
          return err(appError('package.tooLarge', undefined, { max: String(PACKAGE_LIMITS.maxPackageBytes) }));
        chosen = { path, bytes: await readFile(path) };
      }
      opened = null;
      const { path, bytes } = chosen;
      let zip: Uint8Array = bytes;
      if (isSealedPackage(bytes)) {
        if (passphrase === null) return err(appError('package.passphraseNeeded', undefined, { fileName: basename(path) }));
        const unsealed = await openSealedPackage(bytes, passphrase);
        // A wrong passphrase keeps the file chosen, for the next try.
        if (!unsealed.ok) return unsealed;
        zip = unsealed.value;
      }
      chosen = null;
      const verdict = verifyPackage(zip);
      if (!verdict.ok) return verdict;
      const { manifest, fingerprint, editions } = verdict.value;
      if (manifest.after !== null) return err(appError('package.notWholeJournal'));
      const token = randomUUID();
      opened = { token, verified: verdict.value };
      return ok({
        token,
        fileName: basename(path),
        registerId: manifest.registerId,
        establishmentName: manifest.establishment.name,
        holder: manifest.holder,
        createdAt: manifest.createdAt,
        head: manifest.head,
        editions: editions.length,
        fingerprint,
      });
    },

    'package:readEvents': async ({ token, cursor, limit }) => {
      const verified = current(token);
      if (!verified) return err(appError('package.expired'));
      const events = verified.events.slice(cursor, cursor + limit);
      const nextCursor = cursor + events.length;
      return ok({ events, nextCursor, done: nextCursor >= verified.events.length });
    },

    'package:installEditions': async ({ token }) => {
      const verified = current(token);
      if (!verified) return err(appError('package.expired'));
      const folder = archiveFolder(context.dataFolder, verified.manifest.registerId);
      await mkdir(folder, { recursive: true });
      let installed = 0;
      let alreadyThere = 0;
      for (const edition of verified.editions) {
        const outcome = await copyOnce(join(folder, edition.fileName), edition.bytes);
        if (outcome === 'different') return err(appError('package.editionConflict', undefined, { fileName: edition.fileName }));
        if (outcome === 'copied') installed += 1;
        else alreadyThere += 1;
      }
      return ok({ installed, alreadyThere });
    },
  };
}
