// The package channels: the seller's export, the buyer's opening and import, the yearly archives.
import { appError } from '../../shared/errors';
import type { MainHandlers } from '../../shared/ipc/contract';
import { err, ok } from '../../shared/result';
import { exportPackage } from './export-package';
import { createOpenPackageHandlers } from './open-package';
import type { PackageContext } from './package-context';
import { createYearlyArchiveHandlers } from './yearly-archive';

type PackageHandlers = Pick<
  MainHandlers,
  | 'package:export'
  | 'package:openDischarge'
  | 'package:openPassphraseSheet'
  | 'package:open'
  | 'package:readEvents'
  | 'package:installEditions'
  | 'archive:create'
  | 'archive:sendJournal'
  | 'archive:written'
  | 'archive:list'
>;

export function createPackageHandlers(context: PackageContext): PackageHandlers {
  // Only the décharge and passphrase sheet this session wrote may be opened: the window never names a path.
  let last: { discharge: string; passphraseSheet: string } | null = null;
  const openForPrinting = async (path: string | undefined) => {
    if (path === undefined) return err(appError('package.expired'));
    const problem = await context.openPath(path);
    return problem === '' ? ok(null) : err(appError('edition.openFailed', undefined, { fileName: path, detail: problem }));
  };
  return {
    'package:export': async ({ registerId, journal, purpose }) => {
      const exported = await exportPackage(context, registerId, journal, purpose);
      if (exported.ok) last = { discharge: exported.value.dischargePath, passphraseSheet: exported.value.passphraseSheetPath };
      return exported;
    },
    'package:openDischarge': () => openForPrinting(last?.discharge),
    'package:openPassphraseSheet': () => openForPrinting(last?.passphraseSheet),
    ...createOpenPackageHandlers(context),
    ...createYearlyArchiveHandlers(context),
  };
}
