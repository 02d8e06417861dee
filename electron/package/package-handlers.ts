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
  'package:export' | 'package:openDischarge' | 'package:open' | 'package:readEvents' | 'package:installEditions' | 'archive:create' | 'archive:list'
>;

export function createPackageHandlers(context: PackageContext): PackageHandlers {
  // Only the décharge this session wrote may be opened: the window never names a path.
  let lastDischarge: string | null = null;
  return {
    'package:export': async ({ registerId, journal, purpose }) => {
      const exported = await exportPackage(context, registerId, journal, purpose);
      if (exported.ok) lastDischarge = exported.value.dischargePath;
      return exported;
    },
    'package:openDischarge': async () => {
      if (lastDischarge === null) return err(appError('package.expired'));
      const problem = await context.openPath(lastDischarge);
      return problem === '' ? ok(null) : err(appError('edition.openFailed', undefined, { fileName: lastDischarge, detail: problem }));
    },
    ...createOpenPackageHandlers(context),
    ...createYearlyArchiveHandlers(context),
  };
}
