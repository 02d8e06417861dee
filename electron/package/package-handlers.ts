// The package channels: the seller's export, the buyer's opening and import, the yearly archives.
import type { MainHandlers } from '../../shared/ipc/contract';
import { exportPackage } from './export-package';
import { createOpenPackageHandlers } from './open-package';
import type { PackageContext } from './package-context';
import { createYearlyArchiveHandlers } from './yearly-archive';

type PackageHandlers = Pick<MainHandlers, 'package:export' | 'package:open' | 'package:readEvents' | 'package:installEditions' | 'archive:create' | 'archive:list'>;

export function createPackageHandlers(context: PackageContext): PackageHandlers {
  return {
    'package:export': ({ registerId, journal }) => exportPackage(context, registerId, journal),
    ...createOpenPackageHandlers(context),
    ...createYearlyArchiveHandlers(context),
  };
}
